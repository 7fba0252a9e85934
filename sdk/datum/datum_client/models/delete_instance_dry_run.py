from enum import StrEnum


class DeleteInstanceDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
