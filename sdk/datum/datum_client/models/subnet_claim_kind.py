from enum import StrEnum


class SubnetClaimKind(StrEnum):
    SUBNETCLAIM = "SubnetClaim"

    def __str__(self) -> str:
        return str(self.value)
