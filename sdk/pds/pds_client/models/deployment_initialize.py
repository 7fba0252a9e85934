from enum import StrEnum


class DeploymentInitialize(StrEnum):
    ALWAYS = "Always"
    MANUAL = "Manual"
    NEVER = "Never"
    ONCE = "Once"

    def __str__(self) -> str:
        return str(self.value)
