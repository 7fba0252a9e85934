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
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "backend_request",
    "request",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "backendRequest",
        "request",
    }
)


# `HTTPRouteSpecRulesItemTimeouts` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteSpecRulesItemTimeouts` is.
class HTTPRouteSpecRulesItemTimeoutsDict(TypedDict, total=False):
    backendRequest: str
    request: str


@_attrs_define(init=False, repr=False)
class HTTPRouteSpecRulesItemTimeouts:
    """Timeouts defines the timeouts that can be configured for an HTTP request.

        Support: Extended

    Attributes:
            backend_request (str | None): BackendRequest specifies a timeout for an individual request from the gateway
                to a backend. This covers the time from when the request first starts being
                sent from the gateway to when the full response has been received from the backend.

                Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
                completely. Implementations that cannot completely disable the timeout MUST
                instead interpret the zero duration as the longest possible value to which
                the timeout can be set.

                An entire client HTTP transaction with a gateway, covered by the Request timeout,
                may result in more than one call from the gateway to the destination backend,
                for example, if automatic retries are supported.

                The value of BackendRequest must be a Gateway API Duration string as defined by
                GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
                when specified, the value of BackendRequest must be no more than the value of the
                Request timeout (since the Request timeout encompasses the BackendRequest timeout).

                Support: Extended
            request (str | None): Request specifies the maximum duration for a gateway to respond to an HTTP request.
                If the gateway has not been able to respond before this deadline is met, the gateway
                MUST return a timeout error.

                For example, setting the `rules.timeouts.request` field to the value `10s` in an
                `HTTPRoute` will cause a timeout if a client request is taking longer than 10 seconds
                to complete.

                Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
                completely. Implementations that cannot completely disable the timeout MUST
                instead interpret the zero duration as the longest possible value to which
                the timeout can be set.

                This timeout is intended to cover as close to the whole request-response transaction
                as possible although an implementation MAY choose to start the timeout after the entire
                request stream has been received instead of immediately after the transaction is
                initiated by the client.

                The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
                field is unspecified, request timeout behavior is implementation-specific.

                Support: Extended
    """

    backend_request: str | None = None
    request: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        backend_request: str | None | Unset = UNSET,
        request: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.backend_request = (
            None if backend_request is None or isinstance(backend_request, Unset) else backend_request
        )
        if backend_request is None:
            _nulls_given.append("backend_request")
        self.request = None if request is None or isinstance(request, Unset) else request
        if request is None:
            _nulls_given.append("request")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.backend_request is not None:
            field_dict["backendRequest"] = self.backend_request
        elif "backend_request" in self._nulls:
            field_dict["backendRequest"] = None
        if self.request is not None:
            field_dict["request"] = self.request
        elif "request" in self._nulls:
            field_dict["request"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteSpecRulesItemTimeouts")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteSpecRulesItemTimeouts")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "backendRequest"
            _v = _get(_f, None)
            if _v is None:
                _obj.backend_request = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backend_request = _v

            _f = "request"
            _v = _get(_f, None)
            if _v is None:
                _obj.request = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.request = _v

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
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 0
        _f = ""
        try:
            _f = "backendRequest"
            _v = src.get(_f)
            if _v is None:
                _obj.backend_request = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backend_request = _v

            _f = "request"
            _v = src.get(_f)
            if _v is None:
                _obj.request = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.request = _v

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
