from enum import StrEnum


class DeleteHttpRouteDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
