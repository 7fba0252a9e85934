from enum import StrEnum


class PatchNamespaceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
