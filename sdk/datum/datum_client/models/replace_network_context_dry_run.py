from enum import StrEnum


class ReplaceNetworkContextDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
