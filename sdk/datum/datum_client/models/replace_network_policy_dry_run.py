from enum import StrEnum


class ReplaceNetworkPolicyDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
