from enum import StrEnum


class PatchNetworkContextDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
