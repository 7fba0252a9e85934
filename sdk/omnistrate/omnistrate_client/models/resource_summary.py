from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceSummary")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "isExternal",
        "name",
        "imageConfigId",
        "infraConfigId",
        "managedResourceType",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.is_external = src_dict["isExternal"]

        _obj.name = src_dict["name"]

        _obj.image_config_id = src_dict.get("imageConfigId", UNSET)

        _obj.infra_config_id = src_dict.get("infraConfigId", UNSET)

        _obj.managed_resource_type = src_dict.get("managedResourceType", UNSET)

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
        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.is_external = _pop("isExternal")

        _obj.name = _pop("name")

        _obj.image_config_id = _pop("imageConfigId", UNSET)

        _obj.infra_config_id = _pop("infraConfigId", UNSET)

        _obj.managed_resource_type = _pop("managedResourceType", UNSET)

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
