from enum import StrEnum


class DeleteConfigMapCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
