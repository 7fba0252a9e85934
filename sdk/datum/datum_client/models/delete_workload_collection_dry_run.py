from enum import StrEnum


class DeleteWorkloadCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
