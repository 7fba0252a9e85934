from enum import StrEnum


class GatewayClassKind(StrEnum):
    GATEWAYCLASS = "GatewayClass"

    def __str__(self) -> str:
        return str(self.value)
