from enum import StrEnum


class GatewaySpecListenersItemAllowedRoutesNamespacesFrom(StrEnum):
    ALL = "All"
    SAME = "Same"
    SELECTOR = "Selector"

    def __str__(self) -> str:
        return str(self.value)
