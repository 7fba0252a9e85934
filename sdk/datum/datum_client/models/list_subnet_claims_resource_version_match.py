from enum import StrEnum


class ListSubnetClaimsResourceVersionMatch(StrEnum):
    EXACT = "Exact"
    NOTOLDERTHAN = "NotOlderThan"

    def __str__(self) -> str:
        return str(self.value)
