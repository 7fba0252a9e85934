from enum import StrEnum


class ReplaceSubnetStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
