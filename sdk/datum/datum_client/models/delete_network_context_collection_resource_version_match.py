from enum import StrEnum


class DeleteNetworkContextCollectionResourceVersionMatch(StrEnum):
    EXACT = "Exact"
    NOTOLDERTHAN = "NotOlderThan"

    def __str__(self) -> str:
        return str(self.value)
