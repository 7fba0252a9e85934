from enum import StrEnum


class CreateLocationDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
