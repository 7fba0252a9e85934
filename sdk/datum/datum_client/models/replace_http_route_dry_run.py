from enum import StrEnum


class ReplaceHttpRouteDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
