from enum import StrEnum


class PatchProjectDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
