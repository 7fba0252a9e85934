from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceEntity")


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
        d = dict(src_dict)
        is_backup_enabled = d.pop("isBackupEnabled")

        is_deprecated = d.pop("isDeprecated")

        name = d.pop("name")

        resource_id = d.pop("resourceId")

        url_key = d.pop("urlKey")

        is_autoscaling_enabled = d.pop("isAutoscalingEnabled", UNSET)

        resource_type = d.pop("resourceType", UNSET)

        resource_entity = cls(
            is_backup_enabled=is_backup_enabled,
            is_deprecated=is_deprecated,
            name=name,
            resource_id=resource_id,
            url_key=url_key,
            is_autoscaling_enabled=is_autoscaling_enabled,
            resource_type=resource_type,
        )

        resource_entity.additional_properties = d
        return resource_entity

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
