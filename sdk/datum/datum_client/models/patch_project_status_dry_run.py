from enum import StrEnum


class PatchProjectStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
