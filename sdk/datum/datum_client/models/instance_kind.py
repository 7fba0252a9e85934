from enum import StrEnum


class InstanceKind(StrEnum):
    INSTANCE = "Instance"

    def __str__(self) -> str:
        return str(self.value)
