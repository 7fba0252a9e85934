from enum import StrEnum


class DeleteHttpRouteCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
