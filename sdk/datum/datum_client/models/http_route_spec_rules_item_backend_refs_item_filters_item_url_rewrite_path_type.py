from enum import StrEnum


class HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewritePathType(StrEnum):
    REPLACEFULLPATH = "ReplaceFullPath"
    REPLACEPREFIXMATCH = "ReplacePrefixMatch"

    def __str__(self) -> str:
        return str(self.value)
