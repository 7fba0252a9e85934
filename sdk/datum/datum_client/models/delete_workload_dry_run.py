from enum import StrEnum


class DeleteWorkloadDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
