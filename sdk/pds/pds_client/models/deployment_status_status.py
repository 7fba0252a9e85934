from enum import StrEnum


class DeploymentStatusStatus(StrEnum):
    DEPLOYED = "Deployed"
    DEPLOYING = "Deploying"
    FAILED = "Failed"
    PREPARING = "Preparing"
    RESTORING = "Restoring"
    TIMEOUT = "Timeout"
    UPDATE_FAILED = "Update Failed"
    UPDATING = "Updating"

    def __str__(self) -> str:
        return str(self.value)
