from enum import StrEnum


class HTTPRouteSpecRulesItemMatchesItemPathType(StrEnum):
    EXACT = "Exact"
    PATHPREFIX = "PathPrefix"
    REGULAREXPRESSION = "RegularExpression"

    def __str__(self) -> str:
        return str(self.value)
