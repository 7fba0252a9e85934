from enum import StrEnum


class NetworkPolicyKind(StrEnum):
    NETWORKPOLICY = "NetworkPolicy"

    def __str__(self) -> str:
        return str(self.value)
