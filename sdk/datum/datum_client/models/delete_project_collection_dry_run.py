from enum import StrEnum


class DeleteProjectCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
