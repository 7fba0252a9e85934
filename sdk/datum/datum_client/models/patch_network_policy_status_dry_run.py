from enum import StrEnum


class PatchNetworkPolicyStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
