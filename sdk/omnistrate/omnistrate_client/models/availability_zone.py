from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AvailabilityZone")


@_attrs_define
class AvailabilityZone:
    """
    Attributes:
        cloud_provider_name (str): Name of the Infra Provider
        code (str): Cloud-provider native availability zone code
        description (str): Description of the AvailabilityZone
        id (str): ID of an AZ
        region_code (str): Cloud-provider native region code
    """

    cloud_provider_name: str
    code: str
    description: str
    id: str
    region_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_name = self.cloud_provider_name

        code = self.code

        description = self.description

        id = self.id

        region_code = self.region_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderName": cloud_provider_name,
                "code": code,
                "description": description,
                "id": id,
                "regionCode": region_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_provider_name = d.pop("cloudProviderName")

        code = d.pop("code")

        description = d.pop("description")

        id = d.pop("id")

        region_code = d.pop("regionCode")

        availability_zone = cls(
            cloud_provider_name=cloud_provider_name,
            code=code,
            description=description,
            id=id,
            region_code=region_code,
        )

        availability_zone.additional_properties = d
        return availability_zone

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
