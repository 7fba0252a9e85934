from enum import StrEnum


class DeploymentStatusInitialized(StrEnum):
    MANUAL = "Manual"
    NO = "No"
    PENDING = "Pending"
    UNKNOWN = "Unknown"
    YES = "Yes"

    def __str__(self) -> str:
        return str(self.value)
