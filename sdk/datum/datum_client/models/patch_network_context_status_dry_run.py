from enum import StrEnum


class PatchNetworkContextStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
