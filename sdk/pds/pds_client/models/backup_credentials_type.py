from enum import StrEnum


class BackupCredentialsType(StrEnum):
    AZURE = "azure"
    S3 = "s3"
    S3_COMPATIBLE = "s3-compatible"

    def __str__(self) -> str:
        return str(self.value)
