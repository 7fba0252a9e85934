from enum import StrEnum


class PatchWorkloadStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
