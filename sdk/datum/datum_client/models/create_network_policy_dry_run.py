from enum import StrEnum


class CreateNetworkPolicyDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
