from enum import StrEnum


class HTTPRouteSpecRulesItemMatchesItemQueryParamsItemType(StrEnum):
    EXACT = "Exact"
    REGULAREXPRESSION = "RegularExpression"

    def __str__(self) -> str:
        return str(self.value)
