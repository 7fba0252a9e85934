from enum import StrEnum


class ReplaceInstanceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
