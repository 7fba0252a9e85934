from enum import StrEnum


class PatchWorkloadDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
