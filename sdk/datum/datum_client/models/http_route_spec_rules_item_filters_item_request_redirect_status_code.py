from enum import IntEnum


class HTTPRouteSpecRulesItemFiltersItemRequestRedirectStatusCode(IntEnum):
    VALUE_301 = 301
    VALUE_302 = 302

    def __str__(self) -> str:
        return str(self.value)
