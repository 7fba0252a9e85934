from enum import StrEnum


class HTTPRouteSpecRulesItemFiltersItemUrlRewritePathType(StrEnum):
    REPLACEFULLPATH = "ReplaceFullPath"
    REPLACEPREFIXMATCH = "ReplacePrefixMatch"

    def __str__(self) -> str:
        return str(self.value)
