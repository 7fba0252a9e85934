from enum import StrEnum


class DeleteNetworkContextCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
