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
    "disable_monitoring",
    "host",
    "networking_type",
    "ports",
    "primary",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "disableMonitoring",
        "host",
        "networkingType",
        "ports",
        "primary",
    }
)


# `Endpoint` as a plain mapping of its JSON shape, accepted wherever a `Endpoint` is.
class EndpointDict(TypedDict, total=False):
    disableMonitoring: bool
    host: str
    networkingType: str
    ports: list[int]
    primary: bool


@_attrs_define(init=False, repr=False)
class Endpoint:
    """Attributes:
    disable_monitoring (bool | None): Whether to disable monitoring for this endpoint
    host (str | None): The host of the endpoint
    networking_type (str | None): The networking type of the endpoint
    ports (list[int] | None): The ports of the endpoint
    primary (bool | None): Whether this is the primary endpoint to highlight
    """

    disable_monitoring: bool | None = None
    host: str | None = None
    networking_type: str | None = None
    ports: list[int] | None = None
    primary: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        disable_monitoring: bool | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        networking_type: str | None | Unset = UNSET,
        ports: list[int] | None | Unset = UNSET,
        primary: bool | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.disable_monitoring = (
            None if disable_monitoring is None or isinstance(disable_monitoring, Unset) else disable_monitoring
        )
        if disable_monitoring is None:
            _nulls_given.append("disable_monitoring")
        self.host = None if host is None or isinstance(host, Unset) else host
        if host is None:
            _nulls_given.append("host")
        self.networking_type = (
            None if networking_type is None or isinstance(networking_type, Unset) else networking_type
        )
        if networking_type is None:
            _nulls_given.append("networking_type")
        self.ports = None if ports is None or isinstance(ports, Unset) else ports
        if ports is None:
            _nulls_given.append("ports")
        self.primary = None if primary is None or isinstance(primary, Unset) else primary
        if primary is None:
            _nulls_given.append("primary")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.disable_monitoring is not None:
            field_dict["disableMonitoring"] = self.disable_monitoring
        elif "disable_monitoring" in self._nulls:
            field_dict["disableMonitoring"] = None
        if self.host is not None:
            field_dict["host"] = self.host
        elif "host" in self._nulls:
            field_dict["host"] = None
        if self.networking_type is not None:
            field_dict["networkingType"] = self.networking_type
        elif "networking_type" in self._nulls:
            field_dict["networkingType"] = None
        if self.ports is not None:
            field_dict["ports"] = list(self.ports)
        elif "ports" in self._nulls:
            field_dict["ports"] = None
        if self.primary is not None:
            field_dict["primary"] = self.primary
        elif "primary" in self._nulls:
            field_dict["primary"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "Endpoint")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Endpoint")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "disableMonitoring"
            _v = _get(_f, None)
            if _v is None:
                _obj.disable_monitoring = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disable_monitoring = _v

            _f = "host"
            _v = _get(_f, None)
            if _v is None:
                _obj.host = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.host = _v

            _f = "networkingType"
            _v = _get(_f, None)
            if _v is None:
                _obj.networking_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.networking_type = _v

            _f = "ports"
            _v = _get(_f, None)
            if _v is None:
                _obj.ports = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r4: list[int] = []
                for _i4, _x4 in enumerate(_l4):
                    try:
                        if type(_x4) is not int:
                            raise _m.bad("an integer", _x4)
                        _v4 = _x4

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i4) from None
                    _r4.append(_v4)
                _obj.ports = _r4

            _f = "primary"
            _v = _get(_f, None)
            if _v is None:
                _obj.primary = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.primary = _v

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
            _f = "disableMonitoring"
            _v = src.get(_f)
            if _v is None:
                _obj.disable_monitoring = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disable_monitoring = _v

            _f = "host"
            _v = src.get(_f)
            if _v is None:
                _obj.host = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.host = _v

            _f = "networkingType"
            _v = src.get(_f)
            if _v is None:
                _obj.networking_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.networking_type = _v

            _f = "ports"
            _v = src.get(_f)
            if _v is None:
                _obj.ports = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r4: list[int] = []
                for _i4, _x4 in enumerate(_l4):
                    try:
                        if type(_x4) is not int:
                            raise _m.bad("an integer", _x4)
                        _v4 = _x4

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i4) from None
                    _r4.append(_v4)
                _obj.ports = _r4

            _f = "primary"
            _v = src.get(_f)
            if _v is None:
                _obj.primary = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.primary = _v

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
