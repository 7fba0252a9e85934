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
    "teleport_ca_pin",
    "teleport_join_token",
    "teleport_proxy_addr",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "teleport_ca_pin",
        "teleport_join_token",
        "teleport_proxy_addr",
    }
)


# `DeploymentTargetCredentials` as a plain mapping of its JSON shape, accepted wherever a `DeploymentTargetCredentials` is.
class DeploymentTargetCredentialsDict(TypedDict, total=False):
    teleport_ca_pin: str
    teleport_join_token: str
    teleport_proxy_addr: str


@_attrs_define(init=False, repr=False)
class DeploymentTargetCredentials:
    """Attributes:
    teleport_ca_pin (str | None):
    teleport_join_token (str | None):
    teleport_proxy_addr (str | None):
    """

    teleport_ca_pin: str | None = None
    teleport_join_token: str | None = None
    teleport_proxy_addr: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        teleport_ca_pin: str | None | Unset = UNSET,
        teleport_join_token: str | None | Unset = UNSET,
        teleport_proxy_addr: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.teleport_ca_pin = (
            None if teleport_ca_pin is None or isinstance(teleport_ca_pin, Unset) else teleport_ca_pin
        )
        if teleport_ca_pin is None:
            _nulls_given.append("teleport_ca_pin")
        self.teleport_join_token = (
            None if teleport_join_token is None or isinstance(teleport_join_token, Unset) else teleport_join_token
        )
        if teleport_join_token is None:
            _nulls_given.append("teleport_join_token")
        self.teleport_proxy_addr = (
            None if teleport_proxy_addr is None or isinstance(teleport_proxy_addr, Unset) else teleport_proxy_addr
        )
        if teleport_proxy_addr is None:
            _nulls_given.append("teleport_proxy_addr")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.teleport_ca_pin is not None:
            field_dict["teleport_ca_pin"] = self.teleport_ca_pin
        elif "teleport_ca_pin" in self._nulls:
            field_dict["teleport_ca_pin"] = None
        if self.teleport_join_token is not None:
            field_dict["teleport_join_token"] = self.teleport_join_token
        elif "teleport_join_token" in self._nulls:
            field_dict["teleport_join_token"] = None
        if self.teleport_proxy_addr is not None:
            field_dict["teleport_proxy_addr"] = self.teleport_proxy_addr
        elif "teleport_proxy_addr" in self._nulls:
            field_dict["teleport_proxy_addr"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DeploymentTargetCredentials")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DeploymentTargetCredentials")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "teleport_ca_pin"
            _v = _get(_f, None)
            if _v is None:
                _obj.teleport_ca_pin = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_ca_pin = _v

            _f = "teleport_join_token"
            _v = _get(_f, None)
            if _v is None:
                _obj.teleport_join_token = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_join_token = _v

            _f = "teleport_proxy_addr"
            _v = _get(_f, None)
            if _v is None:
                _obj.teleport_proxy_addr = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_proxy_addr = _v

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
            _f = "teleport_ca_pin"
            _v = src.get(_f)
            if _v is None:
                _obj.teleport_ca_pin = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_ca_pin = _v

            _f = "teleport_join_token"
            _v = src.get(_f)
            if _v is None:
                _obj.teleport_join_token = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_join_token = _v

            _f = "teleport_proxy_addr"
            _v = src.get(_f)
            if _v is None:
                _obj.teleport_proxy_addr = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_proxy_addr = _v

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
