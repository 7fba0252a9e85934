from enum import StrEnum


class PatchNetworkDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
