from enum import StrEnum


class DeleteNamespaceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
