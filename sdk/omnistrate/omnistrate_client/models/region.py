from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Region")


@_attrs_define
class Region:
    """
    Attributes:
        cloud_provider_id (str): ID of an CloudProvider
        cloud_provider_name (str): Name of the Infra Provider
        code (str): Cloud-provider native region code
        description (str): Description of the Region
        id (str): ID of a Region
    """

    cloud_provider_id: str
    cloud_provider_name: str
    code: str
    description: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_id = self.cloud_provider_id

        cloud_provider_name = self.cloud_provider_name

        code = self.code

        description = self.description

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderId": cloud_provider_id,
                "cloudProviderName": cloud_provider_name,
                "code": code,
                "description": description,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_provider_id = d.pop("cloudProviderId")

        cloud_provider_name = d.pop("cloudProviderName")

        code = d.pop("code")

        description = d.pop("description")

        id = d.pop("id")

        region = cls(
            cloud_provider_id=cloud_provider_id,
            cloud_provider_name=cloud_provider_name,
            code=code,
            description=description,
            id=id,
        )

        region.additional_properties = d
        return region

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
