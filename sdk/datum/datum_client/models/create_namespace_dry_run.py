from enum import StrEnum


class CreateNamespaceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
