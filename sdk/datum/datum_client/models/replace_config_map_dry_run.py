from enum import StrEnum


class ReplaceConfigMapDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
