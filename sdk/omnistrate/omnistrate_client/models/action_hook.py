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
    "command_template",
    "scope",
    "type_",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "custom_command",
    "custom_image",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "commandTemplate",
        "scope",
        "type",
        "customCommand",
        "customImage",
    }
)


# `ActionHook` as a plain mapping of its JSON shape, accepted wherever a `ActionHook` is.
class ActionHookDict(TypedDict, total=False):
    commandTemplate: Required[str]
    scope: Required[str]
    type: Required[str]
    customCommand: list[str]
    customImage: str


@_attrs_define(init=False, repr=False)
class ActionHook:
    """Attributes:
    command_template (str): The Base64 encoded command template to execute
    scope (str): The scope of the hook
    type_ (str): The type of hook to execute
    custom_command (list[str] | None): The custom command to execute the hook with
    custom_image (str | None): The custom image to execute the hook
    """

    command_template: str
    scope: str
    type_: str
    custom_command: list[str] | None = None
    custom_image: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        command_template: str,
        scope: str,
        type_: str,
        custom_command: list[str] | None | Unset = UNSET,
        custom_image: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.command_template = command_template
        self.scope = scope
        self.type_ = type_
        self.custom_command = None if custom_command is None or isinstance(custom_command, Unset) else custom_command
        if custom_command is None:
            _nulls_given.append("custom_command")
        self.custom_image = None if custom_image is None or isinstance(custom_image, Unset) else custom_image
        if custom_image is None:
            _nulls_given.append("custom_image")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["commandTemplate"] = self.command_template
        field_dict["scope"] = self.scope
        field_dict["type"] = self.type_
        if self.custom_command is not None:
            field_dict["customCommand"] = list(self.custom_command)
        elif "custom_command" in self._nulls:
            field_dict["customCommand"] = None
        if self.custom_image is not None:
            field_dict["customImage"] = self.custom_image
        elif "custom_image" in self._nulls:
            field_dict["customImage"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ActionHook")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ActionHook")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "commandTemplate"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.command_template = _v

            _f = "scope"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.scope = _v

            _f = "type"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.type_ = _v

            _f = "customCommand"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_command = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i4, _x4 in enumerate(_l4):
                    if type(_x4) is not str and not isinstance(_x4, str):
                        raise _m.bad("a string", _x4).at_index(_i4)
                _obj.custom_command = _l4[:]

            _f = "customImage"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_image = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.custom_image = _v

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
        _n = 3
        _f = ""
        try:
            _f = "commandTemplate"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.command_template = _v

            _f = "scope"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.scope = _v

            _f = "type"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.type_ = _v

            _f = "customCommand"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_command = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i4, _x4 in enumerate(_l4):
                    if type(_x4) is not str and not isinstance(_x4, str):
                        raise _m.bad("a string", _x4).at_index(_i4)
                _obj.custom_command = _l4

            _f = "customImage"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_image = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.custom_image = _v

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
