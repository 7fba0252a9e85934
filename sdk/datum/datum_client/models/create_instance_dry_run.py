from enum import StrEnum


class CreateInstanceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
