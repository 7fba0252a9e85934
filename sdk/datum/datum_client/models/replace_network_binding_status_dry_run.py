from enum import StrEnum


class ReplaceNetworkBindingStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
