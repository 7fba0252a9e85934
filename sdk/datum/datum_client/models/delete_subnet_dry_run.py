from enum import StrEnum


class DeleteSubnetDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
