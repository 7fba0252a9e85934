from enum import StrEnum


class BackupJobCompletionStatus(StrEnum):
    ACTIVE = "Active"
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"

    def __str__(self) -> str:
        return str(self.value)
