from enum import StrEnum


class ReplaceNamespaceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
