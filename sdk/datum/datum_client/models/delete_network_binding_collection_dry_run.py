from enum import StrEnum


class DeleteNetworkBindingCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
