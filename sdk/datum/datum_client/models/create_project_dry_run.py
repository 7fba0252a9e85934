from enum import StrEnum


class CreateProjectDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
