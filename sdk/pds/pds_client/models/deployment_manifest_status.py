from enum import StrEnum


class DeploymentManifestStatus(StrEnum):
    AVAILABLE = "Available"
    DEPLOYING = "Deploying"
    FAILED = "Failed"
    PARTIALLY_AVAILABLE = "Partially Available"
    RESTORING = "Restoring"
    UNAVAILABLE = "Unavailable"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
