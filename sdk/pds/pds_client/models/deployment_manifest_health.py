from enum import StrEnum


class DeploymentManifestHealth(StrEnum):
    AVAILABLE = "Available"
    PARTIALLY_AVAILABLE = "Partially Available"
    UNAVAILABLE = "Unavailable"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
