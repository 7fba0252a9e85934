from enum import StrEnum


class BackupBackupLevel(StrEnum):
    INCREMENTAL = "incremental"
    SNAPSHOT = "snapshot"

    def __str__(self) -> str:
        return str(self.value)
