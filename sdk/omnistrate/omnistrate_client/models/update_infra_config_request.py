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
    from ..models.custom_tag import CustomTag, CustomTagDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, CustomTag
    from ..models.custom_tag import CustomTag  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "compute_config_id",
    "custom_tag",
    "description",
    "name",
    "network_config_id",
    "storage_config_id",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "computeConfigId",
        "customTag",
        "description",
        "name",
        "networkConfigId",
        "storageConfigId",
    }
)


# `UpdateInfraConfigRequest` as a plain mapping of its JSON shape, accepted wherever a `UpdateInfraConfigRequest` is.
class UpdateInfraConfigRequestDict(TypedDict, total=False):
    computeConfigId: str
    customTag: CustomTagDict
    description: str
    name: str
    networkConfigId: str
    storageConfigId: str


@_attrs_define(init=False, repr=False)
class UpdateInfraConfigRequest:
    """Request body of UpdateInfraConfig

    Attributes:
            compute_config_id (str | None): The compute config ID
            custom_tag (CustomTag | None): Custom tag
            description (str | None): The description for the infra config
            name (str | None): The name of the infra config
            network_config_id (str | None): The network config ID
            storage_config_id (str | None): The storage config ID per compute node
    """

    compute_config_id: str | None = None
    custom_tag: CustomTag | None = None
    description: str | None = None
    name: str | None = None
    network_config_id: str | None = None
    storage_config_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        compute_config_id: str | None | Unset = UNSET,
        custom_tag: CustomTag | CustomTagDict | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        network_config_id: str | None | Unset = UNSET,
        storage_config_id: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.compute_config_id = (
            None if compute_config_id is None or isinstance(compute_config_id, Unset) else compute_config_id
        )
        if compute_config_id is None:
            _nulls_given.append("compute_config_id")
        self.custom_tag = (
            None
            if custom_tag is None or isinstance(custom_tag, Unset)
            else custom_tag
            if isinstance(custom_tag, CustomTag)
            else CustomTag.from_dict(custom_tag)
        )
        if custom_tag is None:
            _nulls_given.append("custom_tag")
        self.description = None if description is None or isinstance(description, Unset) else description
        if description is None:
            _nulls_given.append("description")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.network_config_id = (
            None if network_config_id is None or isinstance(network_config_id, Unset) else network_config_id
        )
        if network_config_id is None:
            _nulls_given.append("network_config_id")
        self.storage_config_id = (
            None if storage_config_id is None or isinstance(storage_config_id, Unset) else storage_config_id
        )
        if storage_config_id is None:
            _nulls_given.append("storage_config_id")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.compute_config_id is not None:
            field_dict["computeConfigId"] = self.compute_config_id
        elif "compute_config_id" in self._nulls:
            field_dict["computeConfigId"] = None
        if self.custom_tag is not None:
            field_dict["customTag"] = self.custom_tag.to_dict()
        elif "custom_tag" in self._nulls:
            field_dict["customTag"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.network_config_id is not None:
            field_dict["networkConfigId"] = self.network_config_id
        elif "network_config_id" in self._nulls:
            field_dict["networkConfigId"] = None
        if self.storage_config_id is not None:
            field_dict["storageConfigId"] = self.storage_config_id
        elif "storage_config_id" in self._nulls:
            field_dict["storageConfigId"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "UpdateInfraConfigRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "UpdateInfraConfigRequest")

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
            _f = "computeConfigId"
            _v = _get(_f, None)
            if _v is None:
                _obj.compute_config_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.compute_config_id = _v

            _f = "customTag"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_tag = None
            else:
                _obj.custom_tag = CustomTag._parse(_v)

            _f = "description"
            _v = _get(_f, None)
            if _v is None:
                _obj.description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "networkConfigId"
            _v = _get(_f, None)
            if _v is None:
                _obj.network_config_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_config_id = _v

            _f = "storageConfigId"
            _v = _get(_f, None)
            if _v is None:
                _obj.storage_config_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_config_id = _v

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
            _f = "computeConfigId"
            _v = src.get(_f)
            if _v is None:
                _obj.compute_config_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.compute_config_id = _v

            _f = "customTag"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_tag = None
            else:
                _n += 1
                _obj.custom_tag = CustomTag._from_json(_v)

            _f = "description"
            _v = src.get(_f)
            if _v is None:
                _obj.description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "networkConfigId"
            _v = src.get(_f)
            if _v is None:
                _obj.network_config_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_config_id = _v

            _f = "storageConfigId"
            _v = src.get(_f)
            if _v is None:
                _obj.storage_config_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_config_id = _v

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
