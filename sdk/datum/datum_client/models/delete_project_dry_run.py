from enum import StrEnum


class DeleteProjectDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
