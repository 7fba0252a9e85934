from enum import StrEnum


class ReplaceLocationStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
