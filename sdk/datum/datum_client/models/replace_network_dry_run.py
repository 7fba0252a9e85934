from enum import StrEnum


class ReplaceNetworkDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
