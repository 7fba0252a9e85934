from enum import StrEnum


class ReplaceSubnetClaimDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
