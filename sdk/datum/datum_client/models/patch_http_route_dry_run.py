from enum import StrEnum


class PatchHttpRouteDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
