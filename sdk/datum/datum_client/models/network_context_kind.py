from enum import StrEnum


class NetworkContextKind(StrEnum):
    NETWORKCONTEXT = "NetworkContext"

    def __str__(self) -> str:
        return str(self.value)
