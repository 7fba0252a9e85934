from enum import StrEnum


class BackupTargetStateErrorCode(StrEnum):
    DEPLOYMENT_TARGET_UNAVAILABLE = "deployment_target_unavailable"
    FAILED_TO_CREATE_PX_CREDENTIALS = "failed_to_create_px_credentials"
    FAILED_TO_DELETE_PX_CREDENTIALS = "failed_to_delete_px_credentials"

    def __str__(self) -> str:
        return str(self.value)
