from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTierVersionSetRequest")


@_attrs_define
class CreateTierVersionSetRequest:
    """Request body of CreateTierVersionSet

    Attributes:
        type_ (str): The version-set type of the product-tier.
        description (str | Unset): A brief description of the product-tier version set.
        name (str | Unset): The name of the product-tier version set.
        parent_version (str | Unset): The parent version of this version set.
    """

    type_: str
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        name = self.name

        parent_version = self.parent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if parent_version is not UNSET:
            field_dict["parentVersion"] = parent_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        parent_version = d.pop("parentVersion", UNSET)

        create_tier_version_set_request = cls(
            type_=type_,
            description=description,
            name=name,
            parent_version=parent_version,
        )

        create_tier_version_set_request.additional_properties = d
        return create_tier_version_set_request

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
