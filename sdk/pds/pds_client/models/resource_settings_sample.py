from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceSettingsSample")


@_attrs_define
class ResourceSettingsSample:
    """
    Attributes:
        cpu_limit (str | Unset): Maximal amount of CPU cores the deployment will have access to inside k8s.
        cpu_request (str | Unset): Minimal amount of CPU cores the deployment will get reserved inside k8s.
        created (str | Unset):
        data_service_id (str | Unset):
        memory_limit (str | Unset): Maximal amount of RAM the deployment will have access to inside k8s.
        memory_request (str | Unset): Minimal amount of RAM the deployment will get reserved inside k8s.
        name (str | Unset): Name of the template. Must be unique for a specific data service within the tenant scope.
        storage_request (str | Unset): Amount of disk space the deployment will get reserved inside k8s.
        updated (str | Unset):
        version (int | Unset):
    """

    cpu_limit: str | Unset = UNSET
    cpu_request: str | Unset = UNSET
    created: str | Unset = UNSET
    data_service_id: str | Unset = UNSET
    memory_limit: str | Unset = UNSET
    memory_request: str | Unset = UNSET
    name: str | Unset = UNSET
    storage_request: str | Unset = UNSET
    updated: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_limit = self.cpu_limit

        cpu_request = self.cpu_request

        created = self.created

        data_service_id = self.data_service_id

        memory_limit = self.memory_limit

        memory_request = self.memory_request

        name = self.name

        storage_request = self.storage_request

        updated = self.updated

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_limit is not UNSET:
            field_dict["cpu_limit"] = cpu_limit
        if cpu_request is not UNSET:
            field_dict["cpu_request"] = cpu_request
        if created is not UNSET:
            field_dict["created"] = created
        if data_service_id is not UNSET:
            field_dict["data_service_id"] = data_service_id
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if memory_request is not UNSET:
            field_dict["memory_request"] = memory_request
        if name is not UNSET:
            field_dict["name"] = name
        if storage_request is not UNSET:
            field_dict["storage_request"] = storage_request
        if updated is not UNSET:
            field_dict["updated"] = updated
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_limit = d.pop("cpu_limit", UNSET)

        cpu_request = d.pop("cpu_request", UNSET)

        created = d.pop("created", UNSET)

        data_service_id = d.pop("data_service_id", UNSET)

        memory_limit = d.pop("memory_limit", UNSET)

        memory_request = d.pop("memory_request", UNSET)

        name = d.pop("name", UNSET)

        storage_request = d.pop("storage_request", UNSET)

        updated = d.pop("updated", UNSET)

        version = d.pop("version", UNSET)

        resource_settings_sample = cls(
            cpu_limit=cpu_limit,
            cpu_request=cpu_request,
            created=created,
            data_service_id=data_service_id,
            memory_limit=memory_limit,
            memory_request=memory_request,
            name=name,
            storage_request=storage_request,
            updated=updated,
            version=version,
        )

        resource_settings_sample.additional_properties = d
        return resource_settings_sample

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
