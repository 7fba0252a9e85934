from enum import StrEnum


class DeleteSubnetClaimCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
