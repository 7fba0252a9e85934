from enum import StrEnum


class HTTPRouteKind(StrEnum):
    HTTPROUTE = "HTTPRoute"

    def __str__(self) -> str:
        return str(self.value)
