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
from ..models.scope import Scope
from ..types import File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "all_",
    "granted",
)
_OPTIONAL: tuple[str, ...] = ()
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "all",
        "granted",
    }
)


# `ScopeSet` as a plain mapping of its JSON shape, accepted wherever a `ScopeSet` is.
class ScopeSetDict(TypedDict, total=False):
    all: Required[
        list[
            Scope
            | Literal[
                "group:dashboard-edit",
                "group:dashboard-view",
                "group:view",
                "group:admin",
                "sensor-credential:rotate",
                "sensor-credential:view",
                "sensor-credential:admin",
                "project:prometheus-read",
                "project:prometheus-write",
                "project:bucket-write",
                "project:sensor-metadata-write",
                "project:view",
                "project:admin",
                "tenant:view",
                "tenant:admin",
            ]
        ]
    ]
    granted: Required[
        list[
            Scope
            | Literal[
                "group:dashboard-edit",
                "group:dashboard-view",
                "group:view",
                "group:admin",
                "sensor-credential:rotate",
                "sensor-credential:view",
                "sensor-credential:admin",
                "project:prometheus-read",
                "project:prometheus-write",
                "project:bucket-write",
                "project:sensor-metadata-write",
                "project:view",
                "project:admin",
                "tenant:view",
                "tenant:admin",
            ]
        ]
    ]


@_attrs_define(init=False, repr=False)
class ScopeSet:
    """Scopes of a resource.

    Attributes:
            all_ (list[Scope]): Every scope valid on the resource: those of its type and of every descendant type.
            granted (list[Scope]): The scopes of the resource's own type that the caller holds on it.
    """

    all_: list[Scope]
    granted: list[Scope]
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        all_: Sequence[
            Scope
            | Literal[
                "group:dashboard-edit",
                "group:dashboard-view",
                "group:view",
                "group:admin",
                "sensor-credential:rotate",
                "sensor-credential:view",
                "sensor-credential:admin",
                "project:prometheus-read",
                "project:prometheus-write",
                "project:bucket-write",
                "project:sensor-metadata-write",
                "project:view",
                "project:admin",
                "tenant:view",
                "tenant:admin",
            ]
        ],
        granted: Sequence[
            Scope
            | Literal[
                "group:dashboard-edit",
                "group:dashboard-view",
                "group:view",
                "group:admin",
                "sensor-credential:rotate",
                "sensor-credential:view",
                "sensor-credential:admin",
                "project:prometheus-read",
                "project:prometheus-write",
                "project:bucket-write",
                "project:sensor-metadata-write",
                "project:view",
                "project:admin",
                "tenant:view",
                "tenant:admin",
            ]
        ],
    ) -> None:
        self.all_ = [Scope(_item) for _item in all_]
        self.granted = [Scope(_item) for _item in granted]
        self._nulls = frozenset()

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = {}
        field_dict["all"] = _m.dump(self.all_)
        field_dict["granted"] = _m.dump(self.granted)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ScopeSet")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ScopeSet")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "all"
            _v = _get(_f, _MISSING)
            _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r1: list[Scope] = []
            for _i1, _x1 in enumerate(_l1):
                try:
                    _v1 = _m.parse_enum(Scope, _x1)

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i1) from None
                _r1.append(_v1)
            _obj.all_ = _r1

            _f = "granted"
            _v = _get(_f, _MISSING)
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r2: list[Scope] = []
            for _i2, _x2 in enumerate(_l2):
                try:
                    _v2 = _m.parse_enum(Scope, _x2)

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i2) from None
                _r2.append(_v2)
            _obj.granted = _r2

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
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
        _f = ""
        try:
            _f = "all"
            _v = src[_f]
            _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r1: list[Scope] = []
            for _i1, _x1 in enumerate(_l1):
                try:
                    _v1 = _m.parse_enum(Scope, _x1)

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i1) from None
                _r1.append(_v1)
            _obj.all_ = _r1

            _f = "granted"
            _v = src[_f]
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r2: list[Scope] = []
            for _i2, _x2 in enumerate(_l2):
                try:
                    _v2 = _m.parse_enum(Scope, _x2)

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i2) from None
                _r2.append(_v2)
            _obj.granted = _r2

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj._nulls = _m.NO_NULLS
        return _obj
