from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateResourceSettingsTemplateRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cpu_limit",
        "cpu_request",
        "memory_limit",
        "memory_request",
        "name",
        "storage_request",
    }
)


@_attrs_define
class UpdateResourceSettingsTemplateRequest:
    """
    Attributes:
        cpu_limit (str | Unset):
        cpu_request (str | Unset):
        memory_limit (str | Unset):
        memory_request (str | Unset):
        name (str | Unset): See models.ResourceSettingsTemplate for more information.
        storage_request (str | Unset):
    """

    cpu_limit: str | Unset = UNSET
    cpu_request: str | Unset = UNSET
    memory_limit: str | Unset = UNSET
    memory_request: str | Unset = UNSET
    name: str | Unset = UNSET
    storage_request: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_limit = self.cpu_limit

        cpu_request = self.cpu_request

        memory_limit = self.memory_limit

        memory_request = self.memory_request

        name = self.name

        storage_request = self.storage_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_limit is not UNSET:
            field_dict["cpu_limit"] = cpu_limit
        if cpu_request is not UNSET:
            field_dict["cpu_request"] = cpu_request
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if memory_request is not UNSET:
            field_dict["memory_request"] = memory_request
        if name is not UNSET:
            field_dict["name"] = name
        if storage_request is not UNSET:
            field_dict["storage_request"] = storage_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cpu_limit = src_dict.get("cpu_limit", UNSET)

        _obj.cpu_request = src_dict.get("cpu_request", UNSET)

        _obj.memory_limit = src_dict.get("memory_limit", UNSET)

        _obj.memory_request = src_dict.get("memory_request", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.storage_request = src_dict.get("storage_request", UNSET)

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

        _obj.memory_limit = _pop("memory_limit", UNSET)

        _obj.memory_request = _pop("memory_request", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.storage_request = _pop("storage_request", UNSET)

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
