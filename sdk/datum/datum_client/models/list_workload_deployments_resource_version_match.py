from enum import StrEnum


class ListWorkloadDeploymentsResourceVersionMatch(StrEnum):
    EXACT = "Exact"
    NOTOLDERTHAN = "NotOlderThan"

    def __str__(self) -> str:
        return str(self.value)
