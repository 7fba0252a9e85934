from enum import StrEnum


class PatchNetworkPolicyDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
