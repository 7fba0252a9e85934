from enum import StrEnum


class ListNetworkPoliciesResourceVersionMatch(StrEnum):
    EXACT = "Exact"
    NOTOLDERTHAN = "NotOlderThan"

    def __str__(self) -> str:
        return str(self.value)
