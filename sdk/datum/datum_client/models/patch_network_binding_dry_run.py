from enum import StrEnum


class PatchNetworkBindingDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
