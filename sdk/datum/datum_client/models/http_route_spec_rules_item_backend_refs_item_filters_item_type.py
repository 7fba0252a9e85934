from enum import StrEnum


class HTTPRouteSpecRulesItemBackendRefsItemFiltersItemType(StrEnum):
    EXTENSIONREF = "ExtensionRef"
    REQUESTHEADERMODIFIER = "RequestHeaderModifier"
    REQUESTMIRROR = "RequestMirror"
    REQUESTREDIRECT = "RequestRedirect"
    RESPONSEHEADERMODIFIER = "ResponseHeaderModifier"
    URLREWRITE = "URLRewrite"

    def __str__(self) -> str:
        return str(self.value)
