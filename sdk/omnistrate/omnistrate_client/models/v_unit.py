from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VUnit")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloudProvider",
        "networkIds",
        "region",
        "serviceModelId",
        "id",
        "serviceId",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.cloud_provider = src_dict["cloudProvider"]

        network_ids = cast(list[str], src_dict["networkIds"])

        _obj.network_ids = network_ids

        _obj.region = src_dict["region"]

        _obj.service_model_id = src_dict["serviceModelId"]

        _obj.id = src_dict.get("id", UNSET)

        _obj.service_id = src_dict.get("serviceId", UNSET)

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
        _obj.cloud_provider = _pop("cloudProvider")

        network_ids = cast(list[str], _pop("networkIds"))

        _obj.network_ids = network_ids

        _obj.region = _pop("region")

        _obj.service_model_id = _pop("serviceModelId")

        _obj.id = _pop("id", UNSET)

        _obj.service_id = _pop("serviceId", UNSET)

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
