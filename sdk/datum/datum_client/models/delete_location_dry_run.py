from enum import StrEnum


class DeleteLocationDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
