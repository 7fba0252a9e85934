from enum import StrEnum


class ReplaceNetworkStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
