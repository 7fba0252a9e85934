from enum import StrEnum


class ReplaceInstanceStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
