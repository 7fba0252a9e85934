from enum import StrEnum


class ReplaceLocationDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
