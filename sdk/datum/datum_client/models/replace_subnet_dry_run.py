from enum import StrEnum


class ReplaceSubnetDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
