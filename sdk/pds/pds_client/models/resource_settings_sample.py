from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceSettingsSample")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
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
        _obj = cls.__new__(cls)
        _obj.cpu_limit = src_dict.get("cpu_limit", UNSET)

        _obj.cpu_request = src_dict.get("cpu_request", UNSET)

        _obj.created = src_dict.get("created", UNSET)

        _obj.data_service_id = src_dict.get("data_service_id", UNSET)

        _obj.memory_limit = src_dict.get("memory_limit", UNSET)

        _obj.memory_request = src_dict.get("memory_request", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.storage_request = src_dict.get("storage_request", UNSET)

        _obj.updated = src_dict.get("updated", UNSET)

        _obj.version = src_dict.get("version", UNSET)

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
        _obj.cpu_limit = _pop("cpu_limit", UNSET)

        _obj.cpu_request = _pop("cpu_request", UNSET)

        _obj.created = _pop("created", UNSET)

        _obj.data_service_id = _pop("data_service_id", UNSET)

        _obj.memory_limit = _pop("memory_limit", UNSET)

        _obj.memory_request = _pop("memory_request", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.storage_request = _pop("storage_request", UNSET)

        _obj.updated = _pop("updated", UNSET)

        _obj.version = _pop("version", UNSET)

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
