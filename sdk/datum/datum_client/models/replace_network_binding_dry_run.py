from enum import StrEnum


class ReplaceNetworkBindingDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
