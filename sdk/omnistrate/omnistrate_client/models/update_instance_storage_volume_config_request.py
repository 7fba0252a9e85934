from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInstanceStorageVolumeConfigRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "instanceStorageIops",
        "instanceStorageThroughputMiBps",
        "instanceStorageType",
    }
)


@_attrs_define
class UpdateInstanceStorageVolumeConfigRequest:
    """Request body of UpdateInstanceStorageVolumeConfig

    Attributes:
        instance_storage_iops (str | Unset): The IOPS provisioned for the configured instance storage type
        instance_storage_throughput_mi_bps (str | Unset): The throughput (in MiBps) provisioned for the configured
            instance storage type
        instance_storage_type (str | Unset): The type of the storage for a compute instance
    """

    instance_storage_iops: str | Unset = UNSET
    instance_storage_throughput_mi_bps: str | Unset = UNSET
    instance_storage_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_storage_iops = self.instance_storage_iops

        instance_storage_throughput_mi_bps = self.instance_storage_throughput_mi_bps

        instance_storage_type = self.instance_storage_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_storage_iops is not UNSET:
            field_dict["instanceStorageIops"] = instance_storage_iops
        if instance_storage_throughput_mi_bps is not UNSET:
            field_dict["instanceStorageThroughputMiBps"] = instance_storage_throughput_mi_bps
        if instance_storage_type is not UNSET:
            field_dict["instanceStorageType"] = instance_storage_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.instance_storage_iops = src_dict.get("instanceStorageIops", UNSET)

        _obj.instance_storage_throughput_mi_bps = src_dict.get("instanceStorageThroughputMiBps", UNSET)

        _obj.instance_storage_type = src_dict.get("instanceStorageType", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.instance_storage_iops = _pop("instanceStorageIops", UNSET)

        _obj.instance_storage_throughput_mi_bps = _pop("instanceStorageThroughputMiBps", UNSET)

        _obj.instance_storage_type = _pop("instanceStorageType", UNSET)

        # An emptied dict keeps its table: a new empty one costs less memory (and the same to the collector).
        _obj.additional_properties = src_dict if src_dict else {}
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
