from enum import StrEnum


class DeleteSubnetClaimDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
