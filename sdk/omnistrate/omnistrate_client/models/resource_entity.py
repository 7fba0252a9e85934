from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceEntity")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "isBackupEnabled",
        "isDeprecated",
        "name",
        "resourceId",
        "urlKey",
        "isAutoscalingEnabled",
        "resourceType",
    }
)


@_attrs_define
class ResourceEntity:
    """
    Attributes:
        is_backup_enabled (bool): Whether the resource has backup enabled
        is_deprecated (bool): Whether the service offering is deprecated Default: False.
        name (str): The resource name
        resource_id (str): ID of a resource
        url_key (str): The resource URL key
        is_autoscaling_enabled (bool | Unset): Whether the resource has autoscaling enabled
        resource_type (str | Unset): The resource type
    """

    is_backup_enabled: bool
    name: str
    resource_id: str
    url_key: str
    is_deprecated: bool = False
    is_autoscaling_enabled: bool | Unset = UNSET
    resource_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_backup_enabled = self.is_backup_enabled

        is_deprecated = self.is_deprecated

        name = self.name

        resource_id = self.resource_id

        url_key = self.url_key

        is_autoscaling_enabled = self.is_autoscaling_enabled

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isBackupEnabled": is_backup_enabled,
                "isDeprecated": is_deprecated,
                "name": name,
                "resourceId": resource_id,
                "urlKey": url_key,
            }
        )
        if is_autoscaling_enabled is not UNSET:
            field_dict["isAutoscalingEnabled"] = is_autoscaling_enabled
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.is_backup_enabled = src_dict["isBackupEnabled"]

        _obj.is_deprecated = src_dict["isDeprecated"]

        _obj.name = src_dict["name"]

        _obj.resource_id = src_dict["resourceId"]

        _obj.url_key = src_dict["urlKey"]

        _obj.is_autoscaling_enabled = src_dict.get("isAutoscalingEnabled", UNSET)

        _obj.resource_type = src_dict.get("resourceType", UNSET)

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
        _obj.is_backup_enabled = _pop("isBackupEnabled")

        _obj.is_deprecated = _pop("isDeprecated")

        _obj.name = _pop("name")

        _obj.resource_id = _pop("resourceId")

        _obj.url_key = _pop("urlKey")

        _obj.is_autoscaling_enabled = _pop("isAutoscalingEnabled", UNSET)

        _obj.resource_type = _pop("resourceType", UNSET)

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
