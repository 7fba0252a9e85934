from enum import StrEnum


class BackupBackupType(StrEnum):
    ADHOC = "adhoc"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
