from enum import StrEnum


class GatewaySpecListenersItemTlsMode(StrEnum):
    PASSTHROUGH = "Passthrough"
    TERMINATE = "Terminate"

    def __str__(self) -> str:
        return str(self.value)
