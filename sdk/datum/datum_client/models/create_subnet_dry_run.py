from enum import StrEnum


class CreateSubnetDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
