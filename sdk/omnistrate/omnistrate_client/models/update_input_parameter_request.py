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
    from ..models.limits import Limits, LimitsDict
    from ..models.update_input_parameter_request_labeled_options import (
        UpdateInputParameterRequestLabeledOptions,
        UpdateInputParameterRequestLabeledOptionsDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Limits, UpdateInputParameterRequestLabeledOptions
    from ..models.limits import Limits  # noqa: PLC0415
    from ..models.update_input_parameter_request_labeled_options import UpdateInputParameterRequestLabeledOptions  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "default_value",
    "description",
    "has_options",
    "labeled_options",
    "limits",
    "modifiable",
    "name",
    "options",
    "required",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "defaultValue",
        "description",
        "hasOptions",
        "labeledOptions",
        "limits",
        "modifiable",
        "name",
        "options",
        "required",
    }
)


# `UpdateInputParameterRequest` as a plain mapping of its JSON shape, accepted wherever a `UpdateInputParameterRequest` is.
class UpdateInputParameterRequestDict(TypedDict, total=False):
    defaultValue: str
    description: str
    hasOptions: bool
    labeledOptions: UpdateInputParameterRequestLabeledOptionsDict
    limits: LimitsDict
    modifiable: bool
    name: str
    options: list[str]
    required: bool


@_attrs_define(init=False, repr=False)
class UpdateInputParameterRequest:
    """Request body of UpdateInputParameter

    Attributes:
            default_value (str | None): Default value to use for an optional input parameter represented as a string
            description (str | None): A brief description of the input parameter
            has_options (bool | None): Marks the input parameter to be selectable from a list of values
            labeled_options (UpdateInputParameterRequestLabeledOptions | None): A map for labeled options. The key is the label and the value is the option. When the option is
                selected, the label will be displayed to the end customer. Specify either options or labeledOptions
                when defining the input parameter.
            limits (Limits | None): Limit of a parameter
            modifiable (bool | None): Marks the input parameter as immutable
            name (str | None): External name for the input parameter
            options (list[str] | None): A list of options to restrict the value of the input parameter to (represented as a string)
            required (bool | None): Enforces the input parameter as a required parameter
    """

    default_value: str | None = None
    description: str | None = None
    has_options: bool | None = None
    labeled_options: UpdateInputParameterRequestLabeledOptions | None = None
    limits: Limits | None = None
    modifiable: bool | None = None
    name: str | None = None
    options: list[str] | None = None
    required: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        default_value: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        has_options: bool | None | Unset = UNSET,
        labeled_options: UpdateInputParameterRequestLabeledOptions
        | UpdateInputParameterRequestLabeledOptionsDict
        | None
        | Unset = UNSET,
        limits: Limits | LimitsDict | None | Unset = UNSET,
        modifiable: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        options: list[str] | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.default_value = None if default_value is None or isinstance(default_value, Unset) else default_value
        if default_value is None:
            _nulls_given.append("default_value")
        self.description = None if description is None or isinstance(description, Unset) else description
        if description is None:
            _nulls_given.append("description")
        self.has_options = None if has_options is None or isinstance(has_options, Unset) else has_options
        if has_options is None:
            _nulls_given.append("has_options")
        self.labeled_options = (
            None
            if labeled_options is None or isinstance(labeled_options, Unset)
            else labeled_options
            if isinstance(labeled_options, UpdateInputParameterRequestLabeledOptions)
            else UpdateInputParameterRequestLabeledOptions.from_dict(labeled_options)
        )
        if labeled_options is None:
            _nulls_given.append("labeled_options")
        self.limits = (
            None
            if limits is None or isinstance(limits, Unset)
            else limits
            if isinstance(limits, Limits)
            else Limits.from_dict(limits)
        )
        if limits is None:
            _nulls_given.append("limits")
        self.modifiable = None if modifiable is None or isinstance(modifiable, Unset) else modifiable
        if modifiable is None:
            _nulls_given.append("modifiable")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.options = None if options is None or isinstance(options, Unset) else options
        if options is None:
            _nulls_given.append("options")
        self.required = None if required is None or isinstance(required, Unset) else required
        if required is None:
            _nulls_given.append("required")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.default_value is not None:
            field_dict["defaultValue"] = self.default_value
        elif "default_value" in self._nulls:
            field_dict["defaultValue"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.has_options is not None:
            field_dict["hasOptions"] = self.has_options
        elif "has_options" in self._nulls:
            field_dict["hasOptions"] = None
        if self.labeled_options is not None:
            field_dict["labeledOptions"] = self.labeled_options.to_dict()
        elif "labeled_options" in self._nulls:
            field_dict["labeledOptions"] = None
        if self.limits is not None:
            field_dict["limits"] = self.limits.to_dict()
        elif "limits" in self._nulls:
            field_dict["limits"] = None
        if self.modifiable is not None:
            field_dict["modifiable"] = self.modifiable
        elif "modifiable" in self._nulls:
            field_dict["modifiable"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.options is not None:
            field_dict["options"] = list(self.options)
        elif "options" in self._nulls:
            field_dict["options"] = None
        if self.required is not None:
            field_dict["required"] = self.required
        elif "required" in self._nulls:
            field_dict["required"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "UpdateInputParameterRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "UpdateInputParameterRequest")

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
            _f = "defaultValue"
            _v = _get(_f, None)
            if _v is None:
                _obj.default_value = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.default_value = _v

            _f = "description"
            _v = _get(_f, None)
            if _v is None:
                _obj.description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "hasOptions"
            _v = _get(_f, None)
            if _v is None:
                _obj.has_options = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.has_options = _v

            _f = "labeledOptions"
            _v = _get(_f, None)
            if _v is None:
                _obj.labeled_options = None
            else:
                _obj.labeled_options = UpdateInputParameterRequestLabeledOptions._parse(_v)

            _f = "limits"
            _v = _get(_f, None)
            if _v is None:
                _obj.limits = None
            else:
                _obj.limits = Limits._parse(_v)

            _f = "modifiable"
            _v = _get(_f, None)
            if _v is None:
                _obj.modifiable = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.modifiable = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "options"
            _v = _get(_f, None)
            if _v is None:
                _obj.options = None
            else:
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i8, _x8 in enumerate(_l8):
                    if type(_x8) is not str and not isinstance(_x8, str):
                        raise _m.bad("a string", _x8).at_index(_i8)
                _obj.options = _l8[:]

            _f = "required"
            _v = _get(_f, None)
            if _v is None:
                _obj.required = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.required = _v

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
            _f = "defaultValue"
            _v = src.get(_f)
            if _v is None:
                _obj.default_value = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.default_value = _v

            _f = "description"
            _v = src.get(_f)
            if _v is None:
                _obj.description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "hasOptions"
            _v = src.get(_f)
            if _v is None:
                _obj.has_options = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.has_options = _v

            _f = "labeledOptions"
            _v = src.get(_f)
            if _v is None:
                _obj.labeled_options = None
            else:
                _n += 1
                _obj.labeled_options = UpdateInputParameterRequestLabeledOptions._from_json(_v)

            _f = "limits"
            _v = src.get(_f)
            if _v is None:
                _obj.limits = None
            else:
                _n += 1
                _obj.limits = Limits._from_json(_v)

            _f = "modifiable"
            _v = src.get(_f)
            if _v is None:
                _obj.modifiable = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.modifiable = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "options"
            _v = src.get(_f)
            if _v is None:
                _obj.options = None
            else:
                _n += 1
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i8, _x8 in enumerate(_l8):
                    if type(_x8) is not str and not isinstance(_x8, str):
                        raise _m.bad("a string", _x8).at_index(_i8)
                _obj.options = _l8

            _f = "required"
            _v = src.get(_f)
            if _v is None:
                _obj.required = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.required = _v

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
