from enum import StrEnum


class BackupTargetStateState(StrEnum):
    FAILED_CREATE = "failed_create"
    FAILED_DELETE = "failed_delete"
    FAILED_UPDATE = "failed_update"
    PENDING = "pending"
    SUCCESSFUL = "successful"

    def __str__(self) -> str:
        return str(self.value)
