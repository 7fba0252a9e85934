from enum import StrEnum


class BackupReclaimPolicy(StrEnum):
    DELETE = "delete"
    RETAIN = "retain"

    def __str__(self) -> str:
        return str(self.value)
