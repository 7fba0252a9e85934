from enum import StrEnum


class PatchNetworkBindingStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
