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
    from ..models.create_input_parameter_request_labeled_options import (
        CreateInputParameterRequestLabeledOptions,
        CreateInputParameterRequestLabeledOptionsDict,
    )
    from ..models.limits import Limits, LimitsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, CreateInputParameterRequestLabeledOptions, Limits
    from ..models.create_input_parameter_request_labeled_options import CreateInputParameterRequestLabeledOptions  # noqa: PLC0415
    from ..models.limits import Limits  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "key",
    "modifiable",
    "name",
    "required",
    "resource_id",
    "type_",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "default_value",
    "dependent_resource_id",
    "has_options",
    "is_list",
    "labeled_options",
    "limits",
    "options",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "key",
        "modifiable",
        "name",
        "required",
        "resourceId",
        "type",
        "defaultValue",
        "dependentResourceId",
        "hasOptions",
        "isList",
        "labeledOptions",
        "limits",
        "options",
    }
)


# `CreateInputParameterRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateInputParameterRequest` is.
class CreateInputParameterRequestDict(TypedDict, total=False):
    description: Required[str]
    key: Required[str]
    modifiable: Required[bool]
    name: Required[str]
    required: Required[bool]
    resourceId: Required[str]
    type: Required[str]
    defaultValue: str
    dependentResourceId: str
    hasOptions: bool
    isList: bool
    labeledOptions: CreateInputParameterRequestLabeledOptionsDict
    limits: LimitsDict
    options: list[str]


@_attrs_define(init=False, repr=False)
class CreateInputParameterRequest:
    """Request body of CreateInputParameter

    Attributes:
            description (str): A brief description of the input parameter
            key (str): Key of the input parameter
            modifiable (bool): Marks the input parameter as immutable
            name (str): External name for the input parameter
            required (bool): Enforces the input parameter as a required parameter
            resource_id (str): The ID of the resource that this input parameter belongs to
            type_ (str):
            default_value (str | None): Default value to use for an optional input parameter represented as a string
            dependent_resource_id (str | None): The ID of the resource whose instance this input parameter depends on
            has_options (bool | None): Marks the input parameter to be selectable from a list of values
            is_list (bool | None): Marks the input parameter as a list of values
            labeled_options (CreateInputParameterRequestLabeledOptions | None): A map for labeled options. The key is the label and the value is the option. When the option is
                selected, the label will be displayed to the end customer. Specify either options or labeledOptions
                when defining the input parameter.
            limits (Limits | None): Limit of a parameter
            options (list[str] | None): A list of options to restrict the value of the input parameter to (represented as a string)
    """

    description: str
    key: str
    modifiable: bool
    name: str
    required: bool
    resource_id: str
    type_: str
    default_value: str | None = None
    dependent_resource_id: str | None = None
    has_options: bool | None = None
    is_list: bool | None = None
    labeled_options: CreateInputParameterRequestLabeledOptions | None = None
    limits: Limits | None = None
    options: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        key: str,
        modifiable: bool,
        name: str,
        required: bool,
        resource_id: str,
        type_: str,
        default_value: str | None | Unset = UNSET,
        dependent_resource_id: str | None | Unset = UNSET,
        has_options: bool | None | Unset = UNSET,
        is_list: bool | None | Unset = UNSET,
        labeled_options: CreateInputParameterRequestLabeledOptions
        | CreateInputParameterRequestLabeledOptionsDict
        | None
        | Unset = UNSET,
        limits: Limits | LimitsDict | None | Unset = UNSET,
        options: list[str] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.key = key
        self.modifiable = modifiable
        self.name = name
        self.required = required
        self.resource_id = resource_id
        self.type_ = type_
        self.default_value = None if default_value is None or isinstance(default_value, Unset) else default_value
        if default_value is None:
            _nulls_given.append("default_value")
        self.dependent_resource_id = (
            None if dependent_resource_id is None or isinstance(dependent_resource_id, Unset) else dependent_resource_id
        )
        if dependent_resource_id is None:
            _nulls_given.append("dependent_resource_id")
        self.has_options = None if has_options is None or isinstance(has_options, Unset) else has_options
        if has_options is None:
            _nulls_given.append("has_options")
        self.is_list = None if is_list is None or isinstance(is_list, Unset) else is_list
        if is_list is None:
            _nulls_given.append("is_list")
        self.labeled_options = (
            None
            if labeled_options is None or isinstance(labeled_options, Unset)
            else labeled_options
            if isinstance(labeled_options, CreateInputParameterRequestLabeledOptions)
            else CreateInputParameterRequestLabeledOptions.from_dict(labeled_options)
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
        self.options = None if options is None or isinstance(options, Unset) else options
        if options is None:
            _nulls_given.append("options")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["key"] = self.key
        field_dict["modifiable"] = self.modifiable
        field_dict["name"] = self.name
        field_dict["required"] = self.required
        field_dict["resourceId"] = self.resource_id
        field_dict["type"] = self.type_
        if self.default_value is not None:
            field_dict["defaultValue"] = self.default_value
        elif "default_value" in self._nulls:
            field_dict["defaultValue"] = None
        if self.dependent_resource_id is not None:
            field_dict["dependentResourceId"] = self.dependent_resource_id
        elif "dependent_resource_id" in self._nulls:
            field_dict["dependentResourceId"] = None
        if self.has_options is not None:
            field_dict["hasOptions"] = self.has_options
        elif "has_options" in self._nulls:
            field_dict["hasOptions"] = None
        if self.is_list is not None:
            field_dict["isList"] = self.is_list
        elif "is_list" in self._nulls:
            field_dict["isList"] = None
        if self.labeled_options is not None:
            field_dict["labeledOptions"] = self.labeled_options.to_dict()
        elif "labeled_options" in self._nulls:
            field_dict["labeledOptions"] = None
        if self.limits is not None:
            field_dict["limits"] = self.limits.to_dict()
        elif "limits" in self._nulls:
            field_dict["limits"] = None
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
        return _m.load(cls._parse, src_dict, "CreateInputParameterRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateInputParameterRequest")

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
            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

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

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "required"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.required = _v

            _f = "resourceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_id = _v

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

            _f = "dependentResourceId"
            _v = _get(_f, None)
            if _v is None:
                _obj.dependent_resource_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.dependent_resource_id = _v

            _f = "hasOptions"
            _v = _get(_f, None)
            if _v is None:
                _obj.has_options = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.has_options = _v

            _f = "isList"
            _v = _get(_f, None)
            if _v is None:
                _obj.is_list = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.is_list = _v

            _f = "labeledOptions"
            _v = _get(_f, None)
            if _v is None:
                _obj.labeled_options = None
            else:
                _obj.labeled_options = CreateInputParameterRequestLabeledOptions._parse(_v)

            _f = "limits"
            _v = _get(_f, None)
            if _v is None:
                _obj.limits = None
            else:
                _obj.limits = Limits._parse(_v)

            _f = "options"
            _v = _get(_f, None)
            if _v is None:
                _obj.options = None
            else:
                _l14: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i14, _x14 in enumerate(_l14):
                    if type(_x14) is not str and not isinstance(_x14, str):
                        raise _m.bad("a string", _x14).at_index(_i14)
                _obj.options = _l14[:]

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
        _n = 7
        _f = ""
        try:
            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

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

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "required"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.required = _v

            _f = "resourceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_id = _v

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

            _f = "dependentResourceId"
            _v = src.get(_f)
            if _v is None:
                _obj.dependent_resource_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.dependent_resource_id = _v

            _f = "hasOptions"
            _v = src.get(_f)
            if _v is None:
                _obj.has_options = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.has_options = _v

            _f = "isList"
            _v = src.get(_f)
            if _v is None:
                _obj.is_list = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.is_list = _v

            _f = "labeledOptions"
            _v = src.get(_f)
            if _v is None:
                _obj.labeled_options = None
            else:
                _n += 1
                _obj.labeled_options = CreateInputParameterRequestLabeledOptions._from_json(_v)

            _f = "limits"
            _v = src.get(_f)
            if _v is None:
                _obj.limits = None
            else:
                _n += 1
                _obj.limits = Limits._from_json(_v)

            _f = "options"
            _v = src.get(_f)
            if _v is None:
                _obj.options = None
            else:
                _n += 1
                _l14: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i14, _x14 in enumerate(_l14):
                    if type(_x14) is not str and not isinstance(_x14, str):
                        raise _m.bad("a string", _x14).at_index(_i14)
                _obj.options = _l14

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
