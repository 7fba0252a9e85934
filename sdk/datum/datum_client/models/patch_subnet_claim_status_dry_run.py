from enum import StrEnum


class PatchSubnetClaimStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
