from enum import StrEnum


class ReplaceNamespaceStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
