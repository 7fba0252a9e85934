from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageVolumeConfig")


@_attrs_define
class StorageVolumeConfig:
    """
    Attributes:
        description (str): A brief description of the context for the storage volume pool
        id (str): ID of a Storage Volume Config
        name (str): Name of the storage volume pool
        service_id (str): ID of a Service
        cloud_provider_name (str | Unset): Name of the Infra Provider
        cluster_storage_type (str | Unset): The type of the fixed storage for the cluster
        disable_backup (bool | Unset): Disable backup for the storage volume
        instance_storage_iops (str | Unset): The IOPS provisioned for the configured instance storage type
        instance_storage_size_gi (str | Unset): The fixed storage size (in Gi) provisioned for the configured instance
            storage type
        instance_storage_throughput_mi_bps (str | Unset): The throughput (in MiBps) provisioned for the configured
            instance storage type
        instance_storage_type (str | Unset): The type of the fixed storage for a compute instance
        storage_resource_id (str | Unset): The storage resource ID
    """

    description: str
    id: str
    name: str
    service_id: str
    cloud_provider_name: str | Unset = UNSET
    cluster_storage_type: str | Unset = UNSET
    disable_backup: bool | Unset = UNSET
    instance_storage_iops: str | Unset = UNSET
    instance_storage_size_gi: str | Unset = UNSET
    instance_storage_throughput_mi_bps: str | Unset = UNSET
    instance_storage_type: str | Unset = UNSET
    storage_resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name = self.name

        service_id = self.service_id

        cloud_provider_name = self.cloud_provider_name

        cluster_storage_type = self.cluster_storage_type

        disable_backup = self.disable_backup

        instance_storage_iops = self.instance_storage_iops

        instance_storage_size_gi = self.instance_storage_size_gi

        instance_storage_throughput_mi_bps = self.instance_storage_throughput_mi_bps

        instance_storage_type = self.instance_storage_type

        storage_resource_id = self.storage_resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "serviceId": service_id,
            }
        )
        if cloud_provider_name is not UNSET:
            field_dict["cloudProviderName"] = cloud_provider_name
        if cluster_storage_type is not UNSET:
            field_dict["clusterStorageType"] = cluster_storage_type
        if disable_backup is not UNSET:
            field_dict["disableBackup"] = disable_backup
        if instance_storage_iops is not UNSET:
            field_dict["instanceStorageIops"] = instance_storage_iops
        if instance_storage_size_gi is not UNSET:
            field_dict["instanceStorageSizeGi"] = instance_storage_size_gi
        if instance_storage_throughput_mi_bps is not UNSET:
            field_dict["instanceStorageThroughputMiBps"] = instance_storage_throughput_mi_bps
        if instance_storage_type is not UNSET:
            field_dict["instanceStorageType"] = instance_storage_type
        if storage_resource_id is not UNSET:
            field_dict["storageResourceID"] = storage_resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        service_id = d.pop("serviceId")

        cloud_provider_name = d.pop("cloudProviderName", UNSET)

        cluster_storage_type = d.pop("clusterStorageType", UNSET)

        disable_backup = d.pop("disableBackup", UNSET)

        instance_storage_iops = d.pop("instanceStorageIops", UNSET)

        instance_storage_size_gi = d.pop("instanceStorageSizeGi", UNSET)

        instance_storage_throughput_mi_bps = d.pop("instanceStorageThroughputMiBps", UNSET)

        instance_storage_type = d.pop("instanceStorageType", UNSET)

        storage_resource_id = d.pop("storageResourceID", UNSET)

        storage_volume_config = cls(
            description=description,
            id=id,
            name=name,
            service_id=service_id,
            cloud_provider_name=cloud_provider_name,
            cluster_storage_type=cluster_storage_type,
            disable_backup=disable_backup,
            instance_storage_iops=instance_storage_iops,
            instance_storage_size_gi=instance_storage_size_gi,
            instance_storage_throughput_mi_bps=instance_storage_throughput_mi_bps,
            instance_storage_type=instance_storage_type,
            storage_resource_id=storage_resource_id,
        )

        storage_volume_config.additional_properties = d
        return storage_volume_config

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
