from enum import StrEnum


class NetworkKind(StrEnum):
    NETWORK = "Network"

    def __str__(self) -> str:
        return str(self.value)
