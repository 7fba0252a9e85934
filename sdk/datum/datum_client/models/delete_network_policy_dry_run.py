from enum import StrEnum


class DeleteNetworkPolicyDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
