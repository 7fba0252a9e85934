from enum import StrEnum


class PatchInstanceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
