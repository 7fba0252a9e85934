from enum import StrEnum


class ReplaceNetworkContextStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
