from enum import StrEnum


class NetworkBindingKind(StrEnum):
    NETWORKBINDING = "NetworkBinding"

    def __str__(self) -> str:
        return str(self.value)
