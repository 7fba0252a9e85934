from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInstanceStorageVolumeConfigRequest")


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
        d = dict(src_dict)
        instance_storage_iops = d.pop("instanceStorageIops", UNSET)

        instance_storage_throughput_mi_bps = d.pop("instanceStorageThroughputMiBps", UNSET)

        instance_storage_type = d.pop("instanceStorageType", UNSET)

        update_instance_storage_volume_config_request = cls(
            instance_storage_iops=instance_storage_iops,
            instance_storage_throughput_mi_bps=instance_storage_throughput_mi_bps,
            instance_storage_type=instance_storage_type,
        )

        update_instance_storage_volume_config_request.additional_properties = d
        return update_instance_storage_volume_config_request

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
