# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..models.http_route_spec_rules_item_filters_item_type import HTTPRouteSpecRulesItemFiltersItemType
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.http_route_spec_rules_item_filters_item_extension_ref import (
        HTTPRouteSpecRulesItemFiltersItemExtensionRef,
        HTTPRouteSpecRulesItemFiltersItemExtensionRefDict,
    )
    from ..models.http_route_spec_rules_item_filters_item_request_header_modifier import (
        HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier,
        HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierDict,
    )
    from ..models.http_route_spec_rules_item_filters_item_request_mirror import (
        HTTPRouteSpecRulesItemFiltersItemRequestMirror,
        HTTPRouteSpecRulesItemFiltersItemRequestMirrorDict,
    )
    from ..models.http_route_spec_rules_item_filters_item_request_redirect import (
        HTTPRouteSpecRulesItemFiltersItemRequestRedirect,
        HTTPRouteSpecRulesItemFiltersItemRequestRedirectDict,
    )
    from ..models.http_route_spec_rules_item_filters_item_response_header_modifier import (
        HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier,
        HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierDict,
    )
    from ..models.http_route_spec_rules_item_filters_item_url_rewrite import (
        HTTPRouteSpecRulesItemFiltersItemUrlRewrite,
        HTTPRouteSpecRulesItemFiltersItemUrlRewriteDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        HTTPRouteSpecRulesItemFiltersItemExtensionRef, \
        HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier, \
        HTTPRouteSpecRulesItemFiltersItemRequestMirror, \
        HTTPRouteSpecRulesItemFiltersItemRequestRedirect, \
        HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier, \
        HTTPRouteSpecRulesItemFiltersItemUrlRewrite
    from ..models.http_route_spec_rules_item_filters_item_extension_ref import (
        HTTPRouteSpecRulesItemFiltersItemExtensionRef,  # noqa: PLC0415
    )
    from ..models.http_route_spec_rules_item_filters_item_request_header_modifier import (
        HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier,  # noqa: PLC0415
    )
    from ..models.http_route_spec_rules_item_filters_item_request_mirror import (
        HTTPRouteSpecRulesItemFiltersItemRequestMirror,  # noqa: PLC0415
    )
    from ..models.http_route_spec_rules_item_filters_item_request_redirect import (
        HTTPRouteSpecRulesItemFiltersItemRequestRedirect,  # noqa: PLC0415
    )
    from ..models.http_route_spec_rules_item_filters_item_response_header_modifier import (
        HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier,  # noqa: PLC0415
    )
    from ..models.http_route_spec_rules_item_filters_item_url_rewrite import HTTPRouteSpecRulesItemFiltersItemUrlRewrite  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "type_",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "extension_ref",
    "request_header_modifier",
    "request_mirror",
    "request_redirect",
    "response_header_modifier",
    "url_rewrite",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "extensionRef",
        "requestHeaderModifier",
        "requestMirror",
        "requestRedirect",
        "responseHeaderModifier",
        "urlRewrite",
    }
)


# `HTTPRouteSpecRulesItemFiltersItem` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteSpecRulesItemFiltersItem` is.
class HTTPRouteSpecRulesItemFiltersItemDict(TypedDict, total=False):
    type: Required[
        HTTPRouteSpecRulesItemFiltersItemType
        | Literal[
            "RequestHeaderModifier",
            "ResponseHeaderModifier",
            "RequestMirror",
            "RequestRedirect",
            "URLRewrite",
            "ExtensionRef",
        ]
    ]
    extensionRef: HTTPRouteSpecRulesItemFiltersItemExtensionRefDict
    requestHeaderModifier: HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierDict
    requestMirror: HTTPRouteSpecRulesItemFiltersItemRequestMirrorDict
    requestRedirect: HTTPRouteSpecRulesItemFiltersItemRequestRedirectDict
    responseHeaderModifier: HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierDict
    urlRewrite: HTTPRouteSpecRulesItemFiltersItemUrlRewriteDict


@_attrs_define(init=False, repr=False)
class HTTPRouteSpecRulesItemFiltersItem:
    """HTTPRouteFilter defines processing steps that must be completed during the
        request or response lifecycle. HTTPRouteFilters are meant as an extension
        point to express processing that may be done in Gateway implementations. Some
        examples include request or response modification, implementing
        authentication strategies, rate-limiting, and traffic shaping. API
        guarantee/conformance is defined based on the type of the filter.

    Attributes:
            type_ (HTTPRouteSpecRulesItemFiltersItemType): Type identifies the type of filter to apply. As with other API fields,
                types are classified into three conformance levels:

                - Core: Filter types and their corresponding configuration defined by
                  "Support: Core" in this package, e.g. "RequestHeaderModifier". All
                  implementations must support core filters.

                - Extended: Filter types and their corresponding configuration defined by
                  "Support: Extended" in this package, e.g. "RequestMirror". Implementers
                  are encouraged to support extended filters.

                - Implementation-specific: Filters that are defined and supported by
                  specific vendors.
                  In the future, filters showing convergence in behavior across multiple
                  implementations will be considered for inclusion in extended or core
                  conformance levels. Filter-specific configuration for such filters
                  is specified using the ExtensionRef field. `Type` should be set to
                  "ExtensionRef" for custom filters.

                Implementers are encouraged to define custom implementation types to
                extend the core API with implementation-specific behavior.

                If a reference to a custom filter type cannot be resolved, the filter
                MUST NOT be skipped. Instead, requests that would have been processed by
                that filter MUST receive a HTTP error response.

                Note that values may be added to this enum, implementations
                must ensure that unknown values will not cause a crash.

                Unknown values here must result in the implementation setting the
                Accepted Condition for the Route to `status: False`, with a
                Reason of `UnsupportedValue`.
            extension_ref (HTTPRouteSpecRulesItemFiltersItemExtensionRef | None): ExtensionRef is an optional, implementation-specific extension to the
                "filter" behavior.  For example, resource "myroutefilter" in group
                "networking.example.net"). ExtensionRef MUST NOT be used for core and
                extended filters.

                This filter can be used multiple times within the same rule.

                Support: Implementation-specific
            request_header_modifier (HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier | None): RequestHeaderModifier defines a schema for a filter that modifies request
                headers.

                Support: Core
            request_mirror (HTTPRouteSpecRulesItemFiltersItemRequestMirror | None): RequestMirror defines a schema for a filter that mirrors requests.
                Requests are sent to the specified destination, but responses from
                that destination are ignored.

                This filter can be used multiple times within the same rule. Note that
                not all implementations will be able to support mirroring to multiple
                backends.

                Support: Extended

            request_redirect (HTTPRouteSpecRulesItemFiltersItemRequestRedirect | None): RequestRedirect defines a schema for a filter that responds to the
                request with an HTTP redirection.

                Support: Core
            response_header_modifier (HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier | None): ResponseHeaderModifier defines a schema for a filter that modifies response
                headers.

                Support: Extended
            url_rewrite (HTTPRouteSpecRulesItemFiltersItemUrlRewrite | None): URLRewrite defines a schema for a filter that modifies a request during forwarding.

                Support: Extended
    """

    type_: HTTPRouteSpecRulesItemFiltersItemType
    extension_ref: HTTPRouteSpecRulesItemFiltersItemExtensionRef | None = None
    request_header_modifier: HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier | None = None
    request_mirror: HTTPRouteSpecRulesItemFiltersItemRequestMirror | None = None
    request_redirect: HTTPRouteSpecRulesItemFiltersItemRequestRedirect | None = None
    response_header_modifier: HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier | None = None
    url_rewrite: HTTPRouteSpecRulesItemFiltersItemUrlRewrite | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        type_: HTTPRouteSpecRulesItemFiltersItemType
        | Literal[
            "RequestHeaderModifier",
            "ResponseHeaderModifier",
            "RequestMirror",
            "RequestRedirect",
            "URLRewrite",
            "ExtensionRef",
        ],
        extension_ref: HTTPRouteSpecRulesItemFiltersItemExtensionRef
        | HTTPRouteSpecRulesItemFiltersItemExtensionRefDict
        | None
        | Unset = UNSET,
        request_header_modifier: HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier
        | HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierDict
        | None
        | Unset = UNSET,
        request_mirror: HTTPRouteSpecRulesItemFiltersItemRequestMirror
        | HTTPRouteSpecRulesItemFiltersItemRequestMirrorDict
        | None
        | Unset = UNSET,
        request_redirect: HTTPRouteSpecRulesItemFiltersItemRequestRedirect
        | HTTPRouteSpecRulesItemFiltersItemRequestRedirectDict
        | None
        | Unset = UNSET,
        response_header_modifier: HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier
        | HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierDict
        | None
        | Unset = UNSET,
        url_rewrite: HTTPRouteSpecRulesItemFiltersItemUrlRewrite
        | HTTPRouteSpecRulesItemFiltersItemUrlRewriteDict
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.type_ = HTTPRouteSpecRulesItemFiltersItemType(type_)
        self.extension_ref = (
            None
            if extension_ref is None or isinstance(extension_ref, Unset)
            else extension_ref
            if isinstance(extension_ref, HTTPRouteSpecRulesItemFiltersItemExtensionRef)
            else HTTPRouteSpecRulesItemFiltersItemExtensionRef.from_dict(extension_ref)
        )
        if extension_ref is None:
            _nulls_given.append("extension_ref")
        self.request_header_modifier = (
            None
            if request_header_modifier is None or isinstance(request_header_modifier, Unset)
            else request_header_modifier
            if isinstance(request_header_modifier, HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier)
            else HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier.from_dict(request_header_modifier)
        )
        if request_header_modifier is None:
            _nulls_given.append("request_header_modifier")
        self.request_mirror = (
            None
            if request_mirror is None or isinstance(request_mirror, Unset)
            else request_mirror
            if isinstance(request_mirror, HTTPRouteSpecRulesItemFiltersItemRequestMirror)
            else HTTPRouteSpecRulesItemFiltersItemRequestMirror.from_dict(request_mirror)
        )
        if request_mirror is None:
            _nulls_given.append("request_mirror")
        self.request_redirect = (
            None
            if request_redirect is None or isinstance(request_redirect, Unset)
            else request_redirect
            if isinstance(request_redirect, HTTPRouteSpecRulesItemFiltersItemRequestRedirect)
            else HTTPRouteSpecRulesItemFiltersItemRequestRedirect.from_dict(request_redirect)
        )
        if request_redirect is None:
            _nulls_given.append("request_redirect")
        self.response_header_modifier = (
            None
            if response_header_modifier is None or isinstance(response_header_modifier, Unset)
            else response_header_modifier
            if isinstance(response_header_modifier, HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier)
            else HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier.from_dict(response_header_modifier)
        )
        if response_header_modifier is None:
            _nulls_given.append("response_header_modifier")
        self.url_rewrite = (
            None
            if url_rewrite is None or isinstance(url_rewrite, Unset)
            else url_rewrite
            if isinstance(url_rewrite, HTTPRouteSpecRulesItemFiltersItemUrlRewrite)
            else HTTPRouteSpecRulesItemFiltersItemUrlRewrite.from_dict(url_rewrite)
        )
        if url_rewrite is None:
            _nulls_given.append("url_rewrite")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value
        if self.extension_ref is not None:
            field_dict["extensionRef"] = self.extension_ref.to_dict()
        elif "extension_ref" in self._nulls:
            field_dict["extensionRef"] = None
        if self.request_header_modifier is not None:
            field_dict["requestHeaderModifier"] = self.request_header_modifier.to_dict()
        elif "request_header_modifier" in self._nulls:
            field_dict["requestHeaderModifier"] = None
        if self.request_mirror is not None:
            field_dict["requestMirror"] = self.request_mirror.to_dict()
        elif "request_mirror" in self._nulls:
            field_dict["requestMirror"] = None
        if self.request_redirect is not None:
            field_dict["requestRedirect"] = self.request_redirect.to_dict()
        elif "request_redirect" in self._nulls:
            field_dict["requestRedirect"] = None
        if self.response_header_modifier is not None:
            field_dict["responseHeaderModifier"] = self.response_header_modifier.to_dict()
        elif "response_header_modifier" in self._nulls:
            field_dict["responseHeaderModifier"] = None
        if self.url_rewrite is not None:
            field_dict["urlRewrite"] = self.url_rewrite.to_dict()
        elif "url_rewrite" in self._nulls:
            field_dict["urlRewrite"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteSpecRulesItemFiltersItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteSpecRulesItemFiltersItem")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "type"
            _v = _get(_f, _MISSING)
            _obj.type_ = _m.parse_enum(HTTPRouteSpecRulesItemFiltersItemType, _v)

            _f = "extensionRef"
            _v = _get(_f, None)
            if _v is None:
                _obj.extension_ref = None
            else:
                _obj.extension_ref = HTTPRouteSpecRulesItemFiltersItemExtensionRef._parse(_v)

            _f = "requestHeaderModifier"
            _v = _get(_f, None)
            if _v is None:
                _obj.request_header_modifier = None
            else:
                _obj.request_header_modifier = HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier._parse(_v)

            _f = "requestMirror"
            _v = _get(_f, None)
            if _v is None:
                _obj.request_mirror = None
            else:
                _obj.request_mirror = HTTPRouteSpecRulesItemFiltersItemRequestMirror._parse(_v)

            _f = "requestRedirect"
            _v = _get(_f, None)
            if _v is None:
                _obj.request_redirect = None
            else:
                _obj.request_redirect = HTTPRouteSpecRulesItemFiltersItemRequestRedirect._parse(_v)

            _f = "responseHeaderModifier"
            _v = _get(_f, None)
            if _v is None:
                _obj.response_header_modifier = None
            else:
                _obj.response_header_modifier = HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier._parse(_v)

            _f = "urlRewrite"
            _v = _get(_f, None)
            if _v is None:
                _obj.url_rewrite = None
            else:
                _obj.url_rewrite = HTTPRouteSpecRulesItemFiltersItemUrlRewrite._parse(_v)

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 1
        _f = ""
        try:
            _f = "type"
            _v = src[_f]
            _obj.type_ = _m.parse_enum(HTTPRouteSpecRulesItemFiltersItemType, _v)

            _f = "extensionRef"
            _v = src.get(_f)
            if _v is None:
                _obj.extension_ref = None
            else:
                _n += 1
                _obj.extension_ref = HTTPRouteSpecRulesItemFiltersItemExtensionRef._from_json(_v)

            _f = "requestHeaderModifier"
            _v = src.get(_f)
            if _v is None:
                _obj.request_header_modifier = None
            else:
                _n += 1
                _obj.request_header_modifier = HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier._from_json(_v)

            _f = "requestMirror"
            _v = src.get(_f)
            if _v is None:
                _obj.request_mirror = None
            else:
                _n += 1
                _obj.request_mirror = HTTPRouteSpecRulesItemFiltersItemRequestMirror._from_json(_v)

            _f = "requestRedirect"
            _v = src.get(_f)
            if _v is None:
                _obj.request_redirect = None
            else:
                _n += 1
                _obj.request_redirect = HTTPRouteSpecRulesItemFiltersItemRequestRedirect._from_json(_v)

            _f = "responseHeaderModifier"
            _v = src.get(_f)
            if _v is None:
                _obj.response_header_modifier = None
            else:
                _n += 1
                _obj.response_header_modifier = HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier._from_json(_v)

            _f = "urlRewrite"
            _v = src.get(_f)
            if _v is None:
                _obj.url_rewrite = None
            else:
                _n += 1
                _obj.url_rewrite = HTTPRouteSpecRulesItemFiltersItemUrlRewrite._from_json(_v)

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
        _obj._nulls = _m.NO_NULLS
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
