from enum import StrEnum


class GatewayKind(StrEnum):
    GATEWAY = "Gateway"

    def __str__(self) -> str:
        return str(self.value)
