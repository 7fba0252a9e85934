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
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.gateway_spec_listeners_item_allowed_routes import (
        GatewaySpecListenersItemAllowedRoutes,
        GatewaySpecListenersItemAllowedRoutesDict,
    )
    from ..models.gateway_spec_listeners_item_tls import GatewaySpecListenersItemTls, GatewaySpecListenersItemTlsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, GatewaySpecListenersItemAllowedRoutes, GatewaySpecListenersItemTls
    from ..models.gateway_spec_listeners_item_allowed_routes import GatewaySpecListenersItemAllowedRoutes  # noqa: PLC0415
    from ..models.gateway_spec_listeners_item_tls import GatewaySpecListenersItemTls  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "name",
    "port",
    "protocol",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "allowed_routes",
    "hostname",
    "tls",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "port",
        "protocol",
        "allowedRoutes",
        "hostname",
        "tls",
    }
)


# `GatewaySpecListenersItem` as a plain mapping of its JSON shape, accepted wherever a `GatewaySpecListenersItem` is.
class GatewaySpecListenersItemDict(TypedDict, total=False):
    name: Required[str]
    port: Required[int]
    protocol: Required[str]
    allowedRoutes: GatewaySpecListenersItemAllowedRoutesDict
    hostname: str
    tls: GatewaySpecListenersItemTlsDict


@_attrs_define(init=False, repr=False)
class GatewaySpecListenersItem:
    """Listener embodies the concept of a logical endpoint where a Gateway accepts
        network connections.

    Attributes:
            name (str): Name is the name of the Listener. This name MUST be unique within a
                Gateway.

                Support: Core
            port (int): Port is the network port. Multiple listeners may use the
                same port, subject to the Listener compatibility rules.

                Support: Core
            protocol (str): Protocol specifies the network protocol this listener expects to receive.

                Support: Core
            allowed_routes (GatewaySpecListenersItemAllowedRoutes | None): AllowedRoutes defines the types of routes that MAY be attached to a
                Listener and the trusted namespaces where those Route resources MAY be
                present.

                Although a client request may match multiple route rules, only one rule
                may ultimately receive the request. Matching precedence MUST be
                determined in order of the following criteria:

                * The most specific match as defined by the Route type.
                * The oldest Route based on creation timestamp. For example, a Route with
                  a creation timestamp of "2020-09-08 01:02:03" is given precedence over
                  a Route with a creation timestamp of "2020-09-08 01:02:04".
                * If everything else is equivalent, the Route appearing first in
                  alphabetical order (namespace/name) should be given precedence. For
                  example, foo/bar is given precedence over foo/baz.

                All valid rules within a Route attached to this Listener should be
                implemented. Invalid Route rules can be ignored (sometimes that will mean
                the full Route). If a Route rule transitions from valid to invalid,
                support for that Route rule should be dropped to ensure consistency. For
                example, even if a filter specified by a Route rule is invalid, the rest
                of the rules within that Route should still be supported.

                Support: Core
            hostname (str | None): Hostname specifies the virtual hostname to match for protocol types that
                define this concept. When unspecified, all hostnames are matched. This
                field is ignored for protocols that don't require hostname based
                matching.

                Implementations MUST apply Hostname matching appropriately for each of
                the following protocols:

                * TLS: The Listener Hostname MUST match the SNI.
                * HTTP: The Listener Hostname MUST match the Host header of the request.
                * HTTPS: The Listener Hostname SHOULD match at both the TLS and HTTP
                  protocol layers as described above. If an implementation does not
                  ensure that both the SNI and Host header match the Listener hostname,
                  it MUST clearly document that.

                For HTTPRoute and TLSRoute resources, there is an interaction with the
                `spec.hostnames` array. When both listener and route specify hostnames,
                there MUST be an intersection between the values for a Route to be
                accepted. For more information, refer to the Route specific Hostnames
                documentation.

                Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
                as a suffix match. That means that a match for `*.example.com` would match
                both `test.example.com`, and `foo.test.example.com`, but not `example.com`.

                Support: Core
            tls (GatewaySpecListenersItemTls | None): TLS is the TLS configuration for the Listener. This field is required if
                the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
                if the Protocol field is "HTTP", "TCP", or "UDP".

                The association of SNIs to Certificate defined in GatewayTLSConfig is
                defined based on the Hostname field for this listener.

                The GatewayClass MUST use the longest matching SNI out of all
                available certificates for any TLS handshake.

                Support: Core
    """

    name: str
    port: int
    protocol: str
    allowed_routes: GatewaySpecListenersItemAllowedRoutes | None = None
    hostname: str | None = None
    tls: GatewaySpecListenersItemTls | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        name: str,
        port: int,
        protocol: str,
        allowed_routes: GatewaySpecListenersItemAllowedRoutes
        | GatewaySpecListenersItemAllowedRoutesDict
        | None
        | Unset = UNSET,
        hostname: str | None | Unset = UNSET,
        tls: GatewaySpecListenersItemTls | GatewaySpecListenersItemTlsDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.name = name
        self.port = port
        self.protocol = protocol
        self.allowed_routes = (
            None
            if allowed_routes is None or isinstance(allowed_routes, Unset)
            else allowed_routes
            if isinstance(allowed_routes, GatewaySpecListenersItemAllowedRoutes)
            else GatewaySpecListenersItemAllowedRoutes.from_dict(allowed_routes)
        )
        if allowed_routes is None:
            _nulls_given.append("allowed_routes")
        self.hostname = None if hostname is None or isinstance(hostname, Unset) else hostname
        if hostname is None:
            _nulls_given.append("hostname")
        self.tls = (
            None
            if tls is None or isinstance(tls, Unset)
            else tls
            if isinstance(tls, GatewaySpecListenersItemTls)
            else GatewaySpecListenersItemTls.from_dict(tls)
        )
        if tls is None:
            _nulls_given.append("tls")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["port"] = self.port
        field_dict["protocol"] = self.protocol
        if self.allowed_routes is not None:
            field_dict["allowedRoutes"] = self.allowed_routes.to_dict()
        elif "allowed_routes" in self._nulls:
            field_dict["allowedRoutes"] = None
        if self.hostname is not None:
            field_dict["hostname"] = self.hostname
        elif "hostname" in self._nulls:
            field_dict["hostname"] = None
        if self.tls is not None:
            field_dict["tls"] = self.tls.to_dict()
        elif "tls" in self._nulls:
            field_dict["tls"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GatewaySpecListenersItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewaySpecListenersItem")

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
            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "port"
            _v = _get(_f, _MISSING)
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.port = _v

            _f = "protocol"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.protocol = _v

            _f = "allowedRoutes"
            _v = _get(_f, None)
            if _v is None:
                _obj.allowed_routes = None
            else:
                _obj.allowed_routes = GatewaySpecListenersItemAllowedRoutes._parse(_v)

            _f = "hostname"
            _v = _get(_f, None)
            if _v is None:
                _obj.hostname = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.hostname = _v

            _f = "tls"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls = None
            else:
                _obj.tls = GatewaySpecListenersItemTls._parse(_v)

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
        _n = 3
        _f = ""
        try:
            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "port"
            _v = src[_f]
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.port = _v

            _f = "protocol"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.protocol = _v

            _f = "allowedRoutes"
            _v = src.get(_f)
            if _v is None:
                _obj.allowed_routes = None
            else:
                _n += 1
                _obj.allowed_routes = GatewaySpecListenersItemAllowedRoutes._from_json(_v)

            _f = "hostname"
            _v = src.get(_f)
            if _v is None:
                _obj.hostname = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.hostname = _v

            _f = "tls"
            _v = src.get(_f)
            if _v is None:
                _obj.tls = None
            else:
                _n += 1
                _obj.tls = GatewaySpecListenersItemTls._from_json(_v)

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
