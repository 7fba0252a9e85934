from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VUnit")


@_attrs_define
class VUnit:
    """
    Attributes:
        cloud_provider (str): Name of the Infra Provider
        network_ids (list[str]): List of network IDs in the given context
        region (str): Region code specific to the cloud-provider
        service_model_id (str): ID of a Service Model
        id (str | Unset): ID of a VUnit
        service_id (str | Unset): ID of a Service
    """

    cloud_provider: str
    network_ids: list[str]
    region: str
    service_model_id: str
    id: str | Unset = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider = self.cloud_provider

        network_ids = self.network_ids

        region = self.region

        service_model_id = self.service_model_id

        id = self.id

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProvider": cloud_provider,
                "networkIds": network_ids,
                "region": region,
                "serviceModelId": service_model_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_provider = d.pop("cloudProvider")

        network_ids = cast(list[str], d.pop("networkIds"))

        region = d.pop("region")

        service_model_id = d.pop("serviceModelId")

        id = d.pop("id", UNSET)

        service_id = d.pop("serviceId", UNSET)

        v_unit = cls(
            cloud_provider=cloud_provider,
            network_ids=network_ids,
            region=region,
            service_model_id=service_model_id,
            id=id,
            service_id=service_id,
        )

        v_unit.additional_properties = d
        return v_unit

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
