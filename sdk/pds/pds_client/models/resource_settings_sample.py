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
    "cpu_limit",
    "cpu_request",
    "created",
    "data_service_id",
    "memory_limit",
    "memory_request",
    "name",
    "storage_request",
    "updated",
    "version",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "cpu_limit",
        "cpu_request",
        "created",
        "data_service_id",
        "memory_limit",
        "memory_request",
        "name",
        "storage_request",
        "updated",
        "version",
    }
)


# `ResourceSettingsSample` as a plain mapping of its JSON shape, accepted wherever a `ResourceSettingsSample` is.
class ResourceSettingsSampleDict(TypedDict, total=False):
    cpu_limit: str
    cpu_request: str
    created: str
    data_service_id: str
    memory_limit: str
    memory_request: str
    name: str
    storage_request: str
    updated: str
    version: int


@_attrs_define(init=False, repr=False)
class ResourceSettingsSample:
    """Attributes:
    cpu_limit (str | None): Maximal amount of CPU cores the deployment will have access to inside k8s.
    cpu_request (str | None): Minimal amount of CPU cores the deployment will get reserved inside k8s.
    created (str | None):
    data_service_id (str | None):
    memory_limit (str | None): Maximal amount of RAM the deployment will have access to inside k8s.
    memory_request (str | None): Minimal amount of RAM the deployment will get reserved inside k8s.
    name (str | None): Name of the template. Must be unique for a specific data service within the tenant scope.
    storage_request (str | None): Amount of disk space the deployment will get reserved inside k8s.
    updated (str | None):
    version (int | None):
    """

    cpu_limit: str | None = None
    cpu_request: str | None = None
    created: str | None = None
    data_service_id: str | None = None
    memory_limit: str | None = None
    memory_request: str | None = None
    name: str | None = None
    storage_request: str | None = None
    updated: str | None = None
    version: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        cpu_limit: str | None | Unset = UNSET,
        cpu_request: str | None | Unset = UNSET,
        created: str | None | Unset = UNSET,
        data_service_id: str | None | Unset = UNSET,
        memory_limit: str | None | Unset = UNSET,
        memory_request: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        storage_request: str | None | Unset = UNSET,
        updated: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.cpu_limit = None if cpu_limit is None or isinstance(cpu_limit, Unset) else cpu_limit
        if cpu_limit is None:
            _nulls_given.append("cpu_limit")
        self.cpu_request = None if cpu_request is None or isinstance(cpu_request, Unset) else cpu_request
        if cpu_request is None:
            _nulls_given.append("cpu_request")
        self.created = None if created is None or isinstance(created, Unset) else created
        if created is None:
            _nulls_given.append("created")
        self.data_service_id = (
            None if data_service_id is None or isinstance(data_service_id, Unset) else data_service_id
        )
        if data_service_id is None:
            _nulls_given.append("data_service_id")
        self.memory_limit = None if memory_limit is None or isinstance(memory_limit, Unset) else memory_limit
        if memory_limit is None:
            _nulls_given.append("memory_limit")
        self.memory_request = None if memory_request is None or isinstance(memory_request, Unset) else memory_request
        if memory_request is None:
            _nulls_given.append("memory_request")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.storage_request = (
            None if storage_request is None or isinstance(storage_request, Unset) else storage_request
        )
        if storage_request is None:
            _nulls_given.append("storage_request")
        self.updated = None if updated is None or isinstance(updated, Unset) else updated
        if updated is None:
            _nulls_given.append("updated")
        self.version = None if version is None or isinstance(version, Unset) else version
        if version is None:
            _nulls_given.append("version")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cpu_limit is not None:
            field_dict["cpu_limit"] = self.cpu_limit
        elif "cpu_limit" in self._nulls:
            field_dict["cpu_limit"] = None
        if self.cpu_request is not None:
            field_dict["cpu_request"] = self.cpu_request
        elif "cpu_request" in self._nulls:
            field_dict["cpu_request"] = None
        if self.created is not None:
            field_dict["created"] = self.created
        elif "created" in self._nulls:
            field_dict["created"] = None
        if self.data_service_id is not None:
            field_dict["data_service_id"] = self.data_service_id
        elif "data_service_id" in self._nulls:
            field_dict["data_service_id"] = None
        if self.memory_limit is not None:
            field_dict["memory_limit"] = self.memory_limit
        elif "memory_limit" in self._nulls:
            field_dict["memory_limit"] = None
        if self.memory_request is not None:
            field_dict["memory_request"] = self.memory_request
        elif "memory_request" in self._nulls:
            field_dict["memory_request"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.storage_request is not None:
            field_dict["storage_request"] = self.storage_request
        elif "storage_request" in self._nulls:
            field_dict["storage_request"] = None
        if self.updated is not None:
            field_dict["updated"] = self.updated
        elif "updated" in self._nulls:
            field_dict["updated"] = None
        if self.version is not None:
            field_dict["version"] = self.version
        elif "version" in self._nulls:
            field_dict["version"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ResourceSettingsSample")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ResourceSettingsSample")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "cpu_limit"
            _v = _get(_f, None)
            if _v is None:
                _obj.cpu_limit = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cpu_limit = _v

            _f = "cpu_request"
            _v = _get(_f, None)
            if _v is None:
                _obj.cpu_request = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cpu_request = _v

            _f = "created"
            _v = _get(_f, None)
            if _v is None:
                _obj.created = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created = _v

            _f = "data_service_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.data_service_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_id = _v

            _f = "memory_limit"
            _v = _get(_f, None)
            if _v is None:
                _obj.memory_limit = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.memory_limit = _v

            _f = "memory_request"
            _v = _get(_f, None)
            if _v is None:
                _obj.memory_request = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.memory_request = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "storage_request"
            _v = _get(_f, None)
            if _v is None:
                _obj.storage_request = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_request = _v

            _f = "updated"
            _v = _get(_f, None)
            if _v is None:
                _obj.updated = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated = _v

            _f = "version"
            _v = _get(_f, None)
            if _v is None:
                _obj.version = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.version = _v

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
            _f = "cpu_limit"
            _v = src.get(_f)
            if _v is None:
                _obj.cpu_limit = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cpu_limit = _v

            _f = "cpu_request"
            _v = src.get(_f)
            if _v is None:
                _obj.cpu_request = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cpu_request = _v

            _f = "created"
            _v = src.get(_f)
            if _v is None:
                _obj.created = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created = _v

            _f = "data_service_id"
            _v = src.get(_f)
            if _v is None:
                _obj.data_service_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_id = _v

            _f = "memory_limit"
            _v = src.get(_f)
            if _v is None:
                _obj.memory_limit = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.memory_limit = _v

            _f = "memory_request"
            _v = src.get(_f)
            if _v is None:
                _obj.memory_request = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.memory_request = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "storage_request"
            _v = src.get(_f)
            if _v is None:
                _obj.storage_request = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_request = _v

            _f = "updated"
            _v = src.get(_f)
            if _v is None:
                _obj.updated = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated = _v

            _f = "version"
            _v = src.get(_f)
            if _v is None:
                _obj.version = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.version = _v

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
