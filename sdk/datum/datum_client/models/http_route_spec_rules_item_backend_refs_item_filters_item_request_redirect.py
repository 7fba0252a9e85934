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
from ..models.http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_scheme import (
    HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme,
)
from ..models.http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_status_code import (
    HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode,
)
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_path import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath,
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPathDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath
    from ..models.http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_path import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "hostname",
    "path",
    "port",
    "scheme",
    "status_code",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "hostname",
        "path",
        "port",
        "scheme",
        "statusCode",
    }
)


# `HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect` is.
class HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectDict(TypedDict, total=False):
    hostname: str
    path: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPathDict
    port: int
    scheme: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme | Literal["http", "https"]
    statusCode: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode | Literal[301, 302]


@_attrs_define(init=False, repr=False)
class HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect:
    """RequestRedirect defines a schema for a filter that responds to the
        request with an HTTP redirection.

        Support: Core

    Attributes:
            hostname (str | None): Hostname is the hostname to be used in the value of the `Location`
                header in the response.
                When empty, the hostname in the `Host` header of the request is used.

                Support: Core
            path (HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath | None): Path defines parameters used to modify the path of the incoming request.
                The modified path is then used to construct the `Location` header. When
                empty, the request path is used as-is.

                Support: Extended
            port (int | None): Port is the port to be used in the value of the `Location`
                header in the response.

                If no port is specified, the redirect port MUST be derived using the
                following rules:

                * If redirect scheme is not-empty, the redirect port MUST be the well-known
                  port associated with the redirect scheme. Specifically "http" to port 80
                  and "https" to port 443. If the redirect scheme does not have a
                  well-known port, the listener port of the Gateway SHOULD be used.
                * If redirect scheme is empty, the redirect port MUST be the Gateway
                  Listener port.

                Implementations SHOULD NOT add the port number in the 'Location'
                header in the following cases:

                * A Location header that will use HTTP (whether that is determined via
                  the Listener protocol or the Scheme field) _and_ use port 80.
                * A Location header that will use HTTPS (whether that is determined via
                  the Listener protocol or the Scheme field) _and_ use port 443.

                Support: Extended
            scheme (HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme | None): Scheme is the scheme to be used in the value of the `Location` header in
                the response. When empty, the scheme of the request is used.

                Scheme redirects can affect the port of the redirect, for more information,
                refer to the documentation for the port field of this filter.

                Note that values may be added to this enum, implementations
                must ensure that unknown values will not cause a crash.

                Unknown values here must result in the implementation setting the
                Accepted Condition for the Route to `status: False`, with a
                Reason of `UnsupportedValue`.

                Support: Extended
            status_code (HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode | None): StatusCode is the HTTP status code to be used in response.

                Note that values may be added to this enum, implementations
                must ensure that unknown values will not cause a crash.

                Unknown values here must result in the implementation setting the
                Accepted Condition for the Route to `status: False`, with a
                Reason of `UnsupportedValue`.

                Support: Core
    """

    hostname: str | None = None
    path: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath | None = None
    port: int | None = None
    scheme: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme | None = None
    status_code: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        hostname: str | None | Unset = UNSET,
        path: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath
        | HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPathDict
        | None
        | Unset = UNSET,
        port: int | None | Unset = UNSET,
        scheme: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme
        | Literal["http", "https"]
        | None
        | Unset = UNSET,
        status_code: HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode
        | Literal[301, 302]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.hostname = None if hostname is None or isinstance(hostname, Unset) else hostname
        if hostname is None:
            _nulls_given.append("hostname")
        self.path = (
            None
            if path is None or isinstance(path, Unset)
            else path
            if isinstance(path, HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath)
            else HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath.from_dict(path)
        )
        if path is None:
            _nulls_given.append("path")
        self.port = None if port is None or isinstance(port, Unset) else port
        if port is None:
            _nulls_given.append("port")
        self.scheme = (
            None
            if scheme is None or isinstance(scheme, Unset)
            else HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme(scheme)
        )
        if scheme is None:
            _nulls_given.append("scheme")
        self.status_code = (
            None
            if status_code is None or isinstance(status_code, Unset)
            else HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode(status_code)
        )
        if status_code is None:
            _nulls_given.append("status_code")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.hostname is not None:
            field_dict["hostname"] = self.hostname
        elif "hostname" in self._nulls:
            field_dict["hostname"] = None
        if self.path is not None:
            field_dict["path"] = self.path.to_dict()
        elif "path" in self._nulls:
            field_dict["path"] = None
        if self.port is not None:
            field_dict["port"] = self.port
        elif "port" in self._nulls:
            field_dict["port"] = None
        if self.scheme is not None:
            field_dict["scheme"] = self.scheme.value
        elif "scheme" in self._nulls:
            field_dict["scheme"] = None
        if self.status_code is not None:
            field_dict["statusCode"] = self.status_code.value
        elif "status_code" in self._nulls:
            field_dict["statusCode"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect")

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
            _f = "hostname"
            _v = _get(_f, None)
            if _v is None:
                _obj.hostname = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.hostname = _v

            _f = "path"
            _v = _get(_f, None)
            if _v is None:
                _obj.path = None
            else:
                _obj.path = HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath._parse(_v)

            _f = "port"
            _v = _get(_f, None)
            if _v is None:
                _obj.port = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.port = _v

            _f = "scheme"
            _v = _get(_f, None)
            if _v is None:
                _obj.scheme = None
            else:
                _obj.scheme = _m.parse_enum(HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme, _v)

            _f = "statusCode"
            _v = _get(_f, None)
            if _v is None:
                _obj.status_code = None
            else:
                _obj.status_code = _m.parse_enum(
                    HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode, _v
                )

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
        _n = 0
        _f = ""
        try:
            _f = "hostname"
            _v = src.get(_f)
            if _v is None:
                _obj.hostname = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.hostname = _v

            _f = "path"
            _v = src.get(_f)
            if _v is None:
                _obj.path = None
            else:
                _n += 1
                _obj.path = HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath._from_json(_v)

            _f = "port"
            _v = src.get(_f)
            if _v is None:
                _obj.port = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.port = _v

            _f = "scheme"
            _v = src.get(_f)
            if _v is None:
                _obj.scheme = None
            else:
                _n += 1
                _obj.scheme = _m.parse_enum(HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme, _v)

            _f = "statusCode"
            _v = src.get(_f)
            if _v is None:
                _obj.status_code = None
            else:
                _n += 1
                _obj.status_code = _m.parse_enum(
                    HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode, _v
                )

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
