from enum import StrEnum


class PatchSubnetClaimDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
