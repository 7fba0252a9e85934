from enum import StrEnum


class DeleteNetworkBindingCollectionResourceVersionMatch(StrEnum):
    EXACT = "Exact"
    NOTOLDERTHAN = "NotOlderThan"

    def __str__(self) -> str:
        return str(self.value)
