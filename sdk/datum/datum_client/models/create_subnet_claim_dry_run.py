from enum import StrEnum


class CreateSubnetClaimDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
