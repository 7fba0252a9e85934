from enum import StrEnum


class ReplaceWorkloadDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
