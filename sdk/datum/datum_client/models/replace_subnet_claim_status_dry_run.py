from enum import StrEnum


class ReplaceSubnetClaimStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
