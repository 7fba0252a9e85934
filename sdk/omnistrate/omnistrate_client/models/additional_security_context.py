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
    "add_capabilities",
    "drop_capabilities",
    "supplemental_group_i_ds",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "AddCapabilities",
        "DropCapabilities",
        "SupplementalGroupIDs",
    }
)


# `AdditionalSecurityContext` as a plain mapping of its JSON shape, accepted wherever a `AdditionalSecurityContext` is.
class AdditionalSecurityContextDict(TypedDict, total=False):
    AddCapabilities: list[str]
    DropCapabilities: list[str]
    SupplementalGroupIDs: list[int]


@_attrs_define(init=False, repr=False)
class AdditionalSecurityContext:
    """Attributes:
    add_capabilities (list[str] | None): Capabilities to add
    drop_capabilities (list[str] | None): Capabilities to drop
    supplemental_group_i_ds (list[int] | None): Supplemental group IDs
    """

    add_capabilities: list[str] | None = None
    drop_capabilities: list[str] | None = None
    supplemental_group_i_ds: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        add_capabilities: list[str] | None | Unset = UNSET,
        drop_capabilities: list[str] | None | Unset = UNSET,
        supplemental_group_i_ds: list[int] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.add_capabilities = (
            None if add_capabilities is None or isinstance(add_capabilities, Unset) else add_capabilities
        )
        if add_capabilities is None:
            _nulls_given.append("add_capabilities")
        self.drop_capabilities = (
            None if drop_capabilities is None or isinstance(drop_capabilities, Unset) else drop_capabilities
        )
        if drop_capabilities is None:
            _nulls_given.append("drop_capabilities")
        self.supplemental_group_i_ds = (
            None
            if supplemental_group_i_ds is None or isinstance(supplemental_group_i_ds, Unset)
            else supplemental_group_i_ds
        )
        if supplemental_group_i_ds is None:
            _nulls_given.append("supplemental_group_i_ds")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.add_capabilities is not None:
            field_dict["AddCapabilities"] = list(self.add_capabilities)
        elif "add_capabilities" in self._nulls:
            field_dict["AddCapabilities"] = None
        if self.drop_capabilities is not None:
            field_dict["DropCapabilities"] = list(self.drop_capabilities)
        elif "drop_capabilities" in self._nulls:
            field_dict["DropCapabilities"] = None
        if self.supplemental_group_i_ds is not None:
            field_dict["SupplementalGroupIDs"] = list(self.supplemental_group_i_ds)
        elif "supplemental_group_i_ds" in self._nulls:
            field_dict["SupplementalGroupIDs"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "AdditionalSecurityContext")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "AdditionalSecurityContext")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "AddCapabilities"
            _v = _get(_f, None)
            if _v is None:
                _obj.add_capabilities = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i1, _x1 in enumerate(_l1):
                    if type(_x1) is not str and not isinstance(_x1, str):
                        raise _m.bad("a string", _x1).at_index(_i1)
                _obj.add_capabilities = _l1[:]

            _f = "DropCapabilities"
            _v = _get(_f, None)
            if _v is None:
                _obj.drop_capabilities = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i2, _x2 in enumerate(_l2):
                    if type(_x2) is not str and not isinstance(_x2, str):
                        raise _m.bad("a string", _x2).at_index(_i2)
                _obj.drop_capabilities = _l2[:]

            _f = "SupplementalGroupIDs"
            _v = _get(_f, None)
            if _v is None:
                _obj.supplemental_group_i_ds = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r3: list[int] = []
                for _i3, _x3 in enumerate(_l3):
                    try:
                        if type(_x3) is not int:
                            raise _m.bad("an integer", _x3)
                        _v3 = _x3

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i3) from None
                    _r3.append(_v3)
                _obj.supplemental_group_i_ds = _r3

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
            _f = "AddCapabilities"
            _v = src.get(_f)
            if _v is None:
                _obj.add_capabilities = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i1, _x1 in enumerate(_l1):
                    if type(_x1) is not str and not isinstance(_x1, str):
                        raise _m.bad("a string", _x1).at_index(_i1)
                _obj.add_capabilities = _l1

            _f = "DropCapabilities"
            _v = src.get(_f)
            if _v is None:
                _obj.drop_capabilities = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i2, _x2 in enumerate(_l2):
                    if type(_x2) is not str and not isinstance(_x2, str):
                        raise _m.bad("a string", _x2).at_index(_i2)
                _obj.drop_capabilities = _l2

            _f = "SupplementalGroupIDs"
            _v = src.get(_f)
            if _v is None:
                _obj.supplemental_group_i_ds = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r3: list[int] = []
                for _i3, _x3 in enumerate(_l3):
                    try:
                        if type(_x3) is not int:
                            raise _m.bad("an integer", _x3)
                        _v3 = _x3

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i3) from None
                    _r3.append(_v3)
                _obj.supplemental_group_i_ds = _r3

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
