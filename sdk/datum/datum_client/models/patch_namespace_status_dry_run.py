from enum import StrEnum


class PatchNamespaceStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
