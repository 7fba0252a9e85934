from enum import StrEnum


class ReplaceNetworkPolicyStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
