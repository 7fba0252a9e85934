from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceSummary")


@_attrs_define
class ResourceSummary:
    """
    Attributes:
        description (str): A brief description of the resource
        id (str): ID of a resource
        is_external (bool): Whether the resource is external
        name (str): The name of the resource
        image_config_id (str | Unset): ID of an Image Config
        infra_config_id (str | Unset): ID of an Infra Config
        managed_resource_type (str | Unset): The managed resource type of instance
    """

    description: str
    id: str
    is_external: bool
    name: str
    image_config_id: str | Unset = UNSET
    infra_config_id: str | Unset = UNSET
    managed_resource_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        is_external = self.is_external

        name = self.name

        image_config_id = self.image_config_id

        infra_config_id = self.infra_config_id

        managed_resource_type = self.managed_resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "isExternal": is_external,
                "name": name,
            }
        )
        if image_config_id is not UNSET:
            field_dict["imageConfigId"] = image_config_id
        if infra_config_id is not UNSET:
            field_dict["infraConfigId"] = infra_config_id
        if managed_resource_type is not UNSET:
            field_dict["managedResourceType"] = managed_resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        is_external = d.pop("isExternal")

        name = d.pop("name")

        image_config_id = d.pop("imageConfigId", UNSET)

        infra_config_id = d.pop("infraConfigId", UNSET)

        managed_resource_type = d.pop("managedResourceType", UNSET)

        resource_summary = cls(
            description=description,
            id=id,
            is_external=is_external,
            name=name,
            image_config_id=image_config_id,
            infra_config_id=infra_config_id,
            managed_resource_type=managed_resource_type,
        )

        resource_summary.additional_properties = d
        return resource_summary

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
