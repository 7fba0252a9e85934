from enum import StrEnum


class ReplaceProjectDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
