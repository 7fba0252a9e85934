from enum import StrEnum


class ReplaceProjectStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
