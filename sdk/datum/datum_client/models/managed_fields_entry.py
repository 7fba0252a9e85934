# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.managed_fields_entry_fields_v1 import ManagedFieldsEntryFieldsV1, ManagedFieldsEntryFieldsV1Dict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ManagedFieldsEntryFieldsV1
    from ..models.managed_fields_entry_fields_v1 import ManagedFieldsEntryFieldsV1  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "api_version",
    "fields_type",
    "fields_v1",
    "manager",
    "operation",
    "subresource",
    "time",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "apiVersion",
        "fieldsType",
        "fieldsV1",
        "manager",
        "operation",
        "subresource",
        "time",
    }
)


# `ManagedFieldsEntry` as a plain mapping of its JSON shape, accepted wherever a `ManagedFieldsEntry` is.
class ManagedFieldsEntryDict(TypedDict, total=False):
    apiVersion: str
    fieldsType: str
    fieldsV1: ManagedFieldsEntryFieldsV1Dict
    manager: str
    operation: str
    subresource: str
    time: str


@_attrs_define(init=False, repr=False)
class ManagedFieldsEntry:
    """ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies
        to.

    Attributes:
            api_version (str | None): APIVersion defines the version of this resource that this field set applies to.
            fields_type (str | None): FieldsType is the discriminator for the different fields format and version.
            fields_v1 (ManagedFieldsEntryFieldsV1 | None): FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.
            manager (str | None): Manager is an identifier of the workflow managing these fields.
            operation (str | None): Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only
                valid values for this field are 'Apply' and 'Update'.
            subresource (str | None): Subresource is the name of the subresource used to update that object, or empty string if the object
                was updated through the main resource.
            time (datetime.datetime | None): Time is the timestamp of when the ManagedFields entry was added.
    """

    api_version: str | None = None
    fields_type: str | None = None
    fields_v1: ManagedFieldsEntryFieldsV1 | None = None
    manager: str | None = None
    operation: str | None = None
    subresource: str | None = None
    time: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        api_version: str | None | Unset = UNSET,
        fields_type: str | None | Unset = UNSET,
        fields_v1: ManagedFieldsEntryFieldsV1 | ManagedFieldsEntryFieldsV1Dict | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        operation: str | None | Unset = UNSET,
        subresource: str | None | Unset = UNSET,
        time: datetime.datetime | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.api_version = None if api_version is None or isinstance(api_version, Unset) else api_version
        if api_version is None:
            _nulls_given.append("api_version")
        self.fields_type = None if fields_type is None or isinstance(fields_type, Unset) else fields_type
        if fields_type is None:
            _nulls_given.append("fields_type")
        self.fields_v1 = (
            None
            if fields_v1 is None or isinstance(fields_v1, Unset)
            else fields_v1
            if isinstance(fields_v1, ManagedFieldsEntryFieldsV1)
            else ManagedFieldsEntryFieldsV1.from_dict(fields_v1)
        )
        if fields_v1 is None:
            _nulls_given.append("fields_v1")
        self.manager = None if manager is None or isinstance(manager, Unset) else manager
        if manager is None:
            _nulls_given.append("manager")
        self.operation = None if operation is None or isinstance(operation, Unset) else operation
        if operation is None:
            _nulls_given.append("operation")
        self.subresource = None if subresource is None or isinstance(subresource, Unset) else subresource
        if subresource is None:
            _nulls_given.append("subresource")
        self.time = None if time is None or isinstance(time, Unset) else time
        if time is None:
            _nulls_given.append("time")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.api_version is not None:
            field_dict["apiVersion"] = self.api_version
        elif "api_version" in self._nulls:
            field_dict["apiVersion"] = None
        if self.fields_type is not None:
            field_dict["fieldsType"] = self.fields_type
        elif "fields_type" in self._nulls:
            field_dict["fieldsType"] = None
        if self.fields_v1 is not None:
            field_dict["fieldsV1"] = self.fields_v1.to_dict()
        elif "fields_v1" in self._nulls:
            field_dict["fieldsV1"] = None
        if self.manager is not None:
            field_dict["manager"] = self.manager
        elif "manager" in self._nulls:
            field_dict["manager"] = None
        if self.operation is not None:
            field_dict["operation"] = self.operation
        elif "operation" in self._nulls:
            field_dict["operation"] = None
        if self.subresource is not None:
            field_dict["subresource"] = self.subresource
        elif "subresource" in self._nulls:
            field_dict["subresource"] = None
        if self.time is not None:
            field_dict["time"] = self.time.isoformat()
        elif "time" in self._nulls:
            field_dict["time"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ManagedFieldsEntry")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ManagedFieldsEntry")

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
            _f = "apiVersion"
            _v = _get(_f, None)
            if _v is None:
                _obj.api_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.api_version = _v

            _f = "fieldsType"
            _v = _get(_f, None)
            if _v is None:
                _obj.fields_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.fields_type = _v

            _f = "fieldsV1"
            _v = _get(_f, None)
            if _v is None:
                _obj.fields_v1 = None
            else:
                _obj.fields_v1 = ManagedFieldsEntryFieldsV1._parse(_v)

            _f = "manager"
            _v = _get(_f, None)
            if _v is None:
                _obj.manager = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.manager = _v

            _f = "operation"
            _v = _get(_f, None)
            if _v is None:
                _obj.operation = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.operation = _v

            _f = "subresource"
            _v = _get(_f, None)
            if _v is None:
                _obj.subresource = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subresource = _v

            _f = "time"
            _v = _get(_f, None)
            if _v is None:
                _obj.time = None
            else:
                _obj.time = _m.parse_datetime(_v)

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
            _f = "apiVersion"
            _v = src.get(_f)
            if _v is None:
                _obj.api_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.api_version = _v

            _f = "fieldsType"
            _v = src.get(_f)
            if _v is None:
                _obj.fields_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.fields_type = _v

            _f = "fieldsV1"
            _v = src.get(_f)
            if _v is None:
                _obj.fields_v1 = None
            else:
                _n += 1
                _obj.fields_v1 = ManagedFieldsEntryFieldsV1._from_json(_v)

            _f = "manager"
            _v = src.get(_f)
            if _v is None:
                _obj.manager = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.manager = _v

            _f = "operation"
            _v = src.get(_f)
            if _v is None:
                _obj.operation = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.operation = _v

            _f = "subresource"
            _v = src.get(_f)
            if _v is None:
                _obj.subresource = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subresource = _v

            _f = "time"
            _v = src.get(_f)
            if _v is None:
                _obj.time = None
            else:
                _n += 1
                _obj.time = _m.parse_datetime(_v)

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
