from enum import StrEnum


class ReplaceWorkloadStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
