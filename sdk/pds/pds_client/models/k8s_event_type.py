from enum import StrEnum


class K8SEventType(StrEnum):
    NORMAL = "Normal"
    WARNING = "Warning"

    def __str__(self) -> str:
        return str(self.value)
