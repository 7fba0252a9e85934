from enum import StrEnum


class DeleteNetworkPolicyCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
