from enum import StrEnum


class BackupJobErrorCode(StrEnum):
    JOBFAILED = "JobFailed"
    PXCLOUDCREDENTIALSNOTFOUND = "PXCloudCredentialsNotFound"
    VOLUMESNAPSHOTFAILED = "VolumeSnapshotFailed"

    def __str__(self) -> str:
        return str(self.value)
