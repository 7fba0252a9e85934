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
    "description",
    "name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "cluster_storage_type",
    "disable_backup",
    "instance_storage_iops",
    "instance_storage_size_gi",
    "instance_storage_throughput_mi_bps",
    "instance_storage_type",
    "storage_resource_id",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "name",
        "clusterStorageType",
        "disableBackup",
        "instanceStorageIops",
        "instanceStorageSizeGi",
        "instanceStorageThroughputMiBps",
        "instanceStorageType",
        "storageResourceID",
    }
)


# `CreateStorageVolumeConfigRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateStorageVolumeConfigRequest` is.
class CreateStorageVolumeConfigRequestDict(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    clusterStorageType: str
    disableBackup: bool
    instanceStorageIops: str
    instanceStorageSizeGi: str
    instanceStorageThroughputMiBps: str
    instanceStorageType: str
    storageResourceID: str


@_attrs_define(init=False, repr=False)
class CreateStorageVolumeConfigRequest:
    """Request body of CreateStorageVolumeConfig

    Attributes:
            description (str): A brief description of the context for the storage volume pool
            name (str): Name of the storage volume pool
            cluster_storage_type (str | None): The type of the fixed storage for the cluster
            disable_backup (bool | None): Disable backup for the storage volume
            instance_storage_iops (str | None): The IOPS provisioned for the configured instance storage type
            instance_storage_size_gi (str | None): The storage size (in Gi) provisioned for the configured instance storage type
            instance_storage_throughput_mi_bps (str | None): The throughput (in MiBps) provisioned for the configured instance storage type
            instance_storage_type (str | None): The type of the storage for a compute instance
            storage_resource_id (str | None): The storage resource ID
    """

    description: str
    name: str
    cluster_storage_type: str | None = None
    disable_backup: bool | None = None
    instance_storage_iops: str | None = None
    instance_storage_size_gi: str | None = None
    instance_storage_throughput_mi_bps: str | None = None
    instance_storage_type: str | None = None
    storage_resource_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        name: str,
        cluster_storage_type: str | None | Unset = UNSET,
        disable_backup: bool | None | Unset = UNSET,
        instance_storage_iops: str | None | Unset = UNSET,
        instance_storage_size_gi: str | None | Unset = UNSET,
        instance_storage_throughput_mi_bps: str | None | Unset = UNSET,
        instance_storage_type: str | None | Unset = UNSET,
        storage_resource_id: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.description = description
        self.name = name
        self.cluster_storage_type = (
            None if cluster_storage_type is None or isinstance(cluster_storage_type, Unset) else cluster_storage_type
        )
        if cluster_storage_type is None:
            _nulls_given.append("cluster_storage_type")
        self.disable_backup = None if disable_backup is None or isinstance(disable_backup, Unset) else disable_backup
        if disable_backup is None:
            _nulls_given.append("disable_backup")
        self.instance_storage_iops = (
            None if instance_storage_iops is None or isinstance(instance_storage_iops, Unset) else instance_storage_iops
        )
        if instance_storage_iops is None:
            _nulls_given.append("instance_storage_iops")
        self.instance_storage_size_gi = (
            None
            if instance_storage_size_gi is None or isinstance(instance_storage_size_gi, Unset)
            else instance_storage_size_gi
        )
        if instance_storage_size_gi is None:
            _nulls_given.append("instance_storage_size_gi")
        self.instance_storage_throughput_mi_bps = (
            None
            if instance_storage_throughput_mi_bps is None or isinstance(instance_storage_throughput_mi_bps, Unset)
            else instance_storage_throughput_mi_bps
        )
        if instance_storage_throughput_mi_bps is None:
            _nulls_given.append("instance_storage_throughput_mi_bps")
        self.instance_storage_type = (
            None if instance_storage_type is None or isinstance(instance_storage_type, Unset) else instance_storage_type
        )
        if instance_storage_type is None:
            _nulls_given.append("instance_storage_type")
        self.storage_resource_id = (
            None if storage_resource_id is None or isinstance(storage_resource_id, Unset) else storage_resource_id
        )
        if storage_resource_id is None:
            _nulls_given.append("storage_resource_id")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["name"] = self.name
        if self.cluster_storage_type is not None:
            field_dict["clusterStorageType"] = self.cluster_storage_type
        elif "cluster_storage_type" in self._nulls:
            field_dict["clusterStorageType"] = None
        if self.disable_backup is not None:
            field_dict["disableBackup"] = self.disable_backup
        elif "disable_backup" in self._nulls:
            field_dict["disableBackup"] = None
        if self.instance_storage_iops is not None:
            field_dict["instanceStorageIops"] = self.instance_storage_iops
        elif "instance_storage_iops" in self._nulls:
            field_dict["instanceStorageIops"] = None
        if self.instance_storage_size_gi is not None:
            field_dict["instanceStorageSizeGi"] = self.instance_storage_size_gi
        elif "instance_storage_size_gi" in self._nulls:
            field_dict["instanceStorageSizeGi"] = None
        if self.instance_storage_throughput_mi_bps is not None:
            field_dict["instanceStorageThroughputMiBps"] = self.instance_storage_throughput_mi_bps
        elif "instance_storage_throughput_mi_bps" in self._nulls:
            field_dict["instanceStorageThroughputMiBps"] = None
        if self.instance_storage_type is not None:
            field_dict["instanceStorageType"] = self.instance_storage_type
        elif "instance_storage_type" in self._nulls:
            field_dict["instanceStorageType"] = None
        if self.storage_resource_id is not None:
            field_dict["storageResourceID"] = self.storage_resource_id
        elif "storage_resource_id" in self._nulls:
            field_dict["storageResourceID"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateStorageVolumeConfigRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateStorageVolumeConfigRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
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

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "clusterStorageType"
            _v = _get(_f, None)
            if _v is None:
                _obj.cluster_storage_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_storage_type = _v

            _f = "disableBackup"
            _v = _get(_f, None)
            if _v is None:
                _obj.disable_backup = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disable_backup = _v

            _f = "instanceStorageIops"
            _v = _get(_f, None)
            if _v is None:
                _obj.instance_storage_iops = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_iops = _v

            _f = "instanceStorageSizeGi"
            _v = _get(_f, None)
            if _v is None:
                _obj.instance_storage_size_gi = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_size_gi = _v

            _f = "instanceStorageThroughputMiBps"
            _v = _get(_f, None)
            if _v is None:
                _obj.instance_storage_throughput_mi_bps = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_throughput_mi_bps = _v

            _f = "instanceStorageType"
            _v = _get(_f, None)
            if _v is None:
                _obj.instance_storage_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_type = _v

            _f = "storageResourceID"
            _v = _get(_f, None)
            if _v is None:
                _obj.storage_resource_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_resource_id = _v

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
        _n = 2
        _f = ""
        try:
            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "clusterStorageType"
            _v = src.get(_f)
            if _v is None:
                _obj.cluster_storage_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_storage_type = _v

            _f = "disableBackup"
            _v = src.get(_f)
            if _v is None:
                _obj.disable_backup = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disable_backup = _v

            _f = "instanceStorageIops"
            _v = src.get(_f)
            if _v is None:
                _obj.instance_storage_iops = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_iops = _v

            _f = "instanceStorageSizeGi"
            _v = src.get(_f)
            if _v is None:
                _obj.instance_storage_size_gi = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_size_gi = _v

            _f = "instanceStorageThroughputMiBps"
            _v = src.get(_f)
            if _v is None:
                _obj.instance_storage_throughput_mi_bps = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_throughput_mi_bps = _v

            _f = "instanceStorageType"
            _v = src.get(_f)
            if _v is None:
                _obj.instance_storage_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_storage_type = _v

            _f = "storageResourceID"
            _v = src.get(_f)
            if _v is None:
                _obj.storage_resource_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_resource_id = _v

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
