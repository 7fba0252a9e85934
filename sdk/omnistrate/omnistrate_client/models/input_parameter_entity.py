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
_REQUIRED: tuple[str, ...] = (
    "custom",
    "description",
    "display_name",
    "is_list",
    "key",
    "modifiable",
    "required",
    "type_",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "default_value",
    "dependent_resource_id",
    "options",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "custom",
        "description",
        "displayName",
        "isList",
        "key",
        "modifiable",
        "required",
        "type",
        "defaultValue",
        "dependentResourceID",
        "options",
    }
)


# `InputParameterEntity` as a plain mapping of its JSON shape, accepted wherever a `InputParameterEntity` is.
class InputParameterEntityDict(TypedDict, total=False):
    custom: Required[bool]
    description: Required[str]
    displayName: Required[str]
    isList: Required[bool]
    key: Required[str]
    modifiable: Required[bool]
    required: Required[bool]
    type: Required[str]
    defaultValue: str
    dependentResourceID: str
    options: list[str]


@_attrs_define(init=False, repr=False)
class InputParameterEntity:
    """Attributes:
    custom (bool): Whether the parameter is custom
    description (str): The parameter description
    display_name (str): The parameter display name
    is_list (bool): Whether the parameter is a list
    key (str): The parameter key
    modifiable (bool): Whether the parameter is modifiable
    required (bool): Whether the parameter is required
    type_ (str): The parameter type
    default_value (str | None): The parameter default value
    dependent_resource_id (str | None): The parameter dependent resource ID
    options (list[str] | None): The parameter options
    """

    custom: bool
    description: str
    display_name: str
    is_list: bool
    key: str
    modifiable: bool
    required: bool
    type_: str
    default_value: str | None = None
    dependent_resource_id: str | None = None
    options: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        custom: bool,
        description: str,
        display_name: str,
        is_list: bool,
        key: str,
        modifiable: bool,
        required: bool,
        type_: str,
        default_value: str | None | Unset = UNSET,
        dependent_resource_id: str | None | Unset = UNSET,
        options: list[str] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.custom = custom
        self.description = description
        self.display_name = display_name
        self.is_list = is_list
        self.key = key
        self.modifiable = modifiable
        self.required = required
        self.type_ = type_
        self.default_value = None if default_value is None or isinstance(default_value, Unset) else default_value
        if default_value is None:
            _nulls_given.append("default_value")
        self.dependent_resource_id = (
            None if dependent_resource_id is None or isinstance(dependent_resource_id, Unset) else dependent_resource_id
        )
        if dependent_resource_id is None:
            _nulls_given.append("dependent_resource_id")
        self.options = None if options is None or isinstance(options, Unset) else options
        if options is None:
            _nulls_given.append("options")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["custom"] = self.custom
        field_dict["description"] = self.description
        field_dict["displayName"] = self.display_name
        field_dict["isList"] = self.is_list
        field_dict["key"] = self.key
        field_dict["modifiable"] = self.modifiable
        field_dict["required"] = self.required
        field_dict["type"] = self.type_
        if self.default_value is not None:
            field_dict["defaultValue"] = self.default_value
        elif "default_value" in self._nulls:
            field_dict["defaultValue"] = None
        if self.dependent_resource_id is not None:
            field_dict["dependentResourceID"] = self.dependent_resource_id
        elif "dependent_resource_id" in self._nulls:
            field_dict["dependentResourceID"] = None
        if self.options is not None:
            field_dict["options"] = list(self.options)
        elif "options" in self._nulls:
            field_dict["options"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "InputParameterEntity")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "InputParameterEntity")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "custom"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.custom = _v

            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "displayName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.display_name = _v

            _f = "isList"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_list = _v

            _f = "key"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.key = _v

            _f = "modifiable"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.modifiable = _v

            _f = "required"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.required = _v

            _f = "type"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.type_ = _v

            _f = "defaultValue"
            _v = _get(_f, None)
            if _v is None:
                _obj.default_value = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.default_value = _v

            _f = "dependentResourceID"
            _v = _get(_f, None)
            if _v is None:
                _obj.dependent_resource_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.dependent_resource_id = _v

            _f = "options"
            _v = _get(_f, None)
            if _v is None:
                _obj.options = None
            else:
                _l11: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i11, _x11 in enumerate(_l11):
                    if type(_x11) is not str and not isinstance(_x11, str):
                        raise _m.bad("a string", _x11).at_index(_i11)
                _obj.options = _l11[:]

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
        _n = 8
        _f = ""
        try:
            _f = "custom"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.custom = _v

            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "displayName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.display_name = _v

            _f = "isList"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_list = _v

            _f = "key"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.key = _v

            _f = "modifiable"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.modifiable = _v

            _f = "required"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.required = _v

            _f = "type"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.type_ = _v

            _f = "defaultValue"
            _v = src.get(_f)
            if _v is None:
                _obj.default_value = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.default_value = _v

            _f = "dependentResourceID"
            _v = src.get(_f)
            if _v is None:
                _obj.dependent_resource_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.dependent_resource_id = _v

            _f = "options"
            _v = src.get(_f)
            if _v is None:
                _obj.options = None
            else:
                _n += 1
                _l11: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i11, _x11 in enumerate(_l11):
                    if type(_x11) is not str and not isinstance(_x11, str):
                        raise _m.bad("a string", _x11).at_index(_i11)
                _obj.options = _l11

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
