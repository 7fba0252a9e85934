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
    "cluster_id",
    "name",
    "teleport_agent_version",
    "tls_issuer",
    "tls_required",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "cluster_id",
        "name",
        "teleport_agent_version",
        "tls_issuer",
        "tls_required",
    }
)


# `CreateDeploymentTargetRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateDeploymentTargetRequest` is.
class CreateDeploymentTargetRequestDict(TypedDict, total=False):
    cluster_id: str
    name: str
    teleport_agent_version: str
    tls_issuer: str
    tls_required: bool


@_attrs_define(init=False, repr=False)
class CreateDeploymentTargetRequest:
    """Attributes:
    cluster_id (str | None):
    name (str | None):
    teleport_agent_version (str | None):
    tls_issuer (str | None):
    tls_required (bool | None):
    """

    cluster_id: str | None = None
    name: str | None = None
    teleport_agent_version: str | None = None
    tls_issuer: str | None = None
    tls_required: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        cluster_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        teleport_agent_version: str | None | Unset = UNSET,
        tls_issuer: str | None | Unset = UNSET,
        tls_required: bool | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.cluster_id = None if cluster_id is None or isinstance(cluster_id, Unset) else cluster_id
        if cluster_id is None:
            _nulls_given.append("cluster_id")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.teleport_agent_version = (
            None
            if teleport_agent_version is None or isinstance(teleport_agent_version, Unset)
            else teleport_agent_version
        )
        if teleport_agent_version is None:
            _nulls_given.append("teleport_agent_version")
        self.tls_issuer = None if tls_issuer is None or isinstance(tls_issuer, Unset) else tls_issuer
        if tls_issuer is None:
            _nulls_given.append("tls_issuer")
        self.tls_required = None if tls_required is None or isinstance(tls_required, Unset) else tls_required
        if tls_required is None:
            _nulls_given.append("tls_required")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cluster_id is not None:
            field_dict["cluster_id"] = self.cluster_id
        elif "cluster_id" in self._nulls:
            field_dict["cluster_id"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.teleport_agent_version is not None:
            field_dict["teleport_agent_version"] = self.teleport_agent_version
        elif "teleport_agent_version" in self._nulls:
            field_dict["teleport_agent_version"] = None
        if self.tls_issuer is not None:
            field_dict["tls_issuer"] = self.tls_issuer
        elif "tls_issuer" in self._nulls:
            field_dict["tls_issuer"] = None
        if self.tls_required is not None:
            field_dict["tls_required"] = self.tls_required
        elif "tls_required" in self._nulls:
            field_dict["tls_required"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateDeploymentTargetRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateDeploymentTargetRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "cluster_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.cluster_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_id = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "teleport_agent_version"
            _v = _get(_f, None)
            if _v is None:
                _obj.teleport_agent_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_agent_version = _v

            _f = "tls_issuer"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls_issuer = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.tls_issuer = _v

            _f = "tls_required"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls_required = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.tls_required = _v

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
            _f = "cluster_id"
            _v = src.get(_f)
            if _v is None:
                _obj.cluster_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_id = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "teleport_agent_version"
            _v = src.get(_f)
            if _v is None:
                _obj.teleport_agent_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_agent_version = _v

            _f = "tls_issuer"
            _v = src.get(_f)
            if _v is None:
                _obj.tls_issuer = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.tls_issuer = _v

            _f = "tls_required"
            _v = src.get(_f)
            if _v is None:
                _obj.tls_required = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.tls_required = _v

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
