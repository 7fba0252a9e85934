from enum import StrEnum


class DeleteNamespaceCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
