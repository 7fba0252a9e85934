from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResourceInstanceRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloud_provider",
        "custom_network_id",
        "externalBillingId",
        "network_type",
        "region",
        "requestParams",
    }
)


@_attrs_define
class CreateResourceInstanceRequest:
    """Request body of CreateResourceInstance

    Attributes:
        cloud_provider (str | Unset): The cloud provider name
        custom_network_id (str | Unset): Custom network for resource
        external_billing_id (str | Unset): This externalBillingId is deprecated and will be removed in the future
        network_type (str | Unset): The network type
        region (str | Unset): The region code
        request_params (Any | Unset): The request parameters
    """

    cloud_provider: str | Unset = UNSET
    custom_network_id: str | Unset = UNSET
    external_billing_id: str | Unset = UNSET
    network_type: str | Unset = UNSET
    region: str | Unset = UNSET
    request_params: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider = self.cloud_provider

        custom_network_id = self.custom_network_id

        external_billing_id = self.external_billing_id

        network_type = self.network_type

        region = self.region

        request_params = self.request_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider
        if custom_network_id is not UNSET:
            field_dict["custom_network_id"] = custom_network_id
        if external_billing_id is not UNSET:
            field_dict["externalBillingId"] = external_billing_id
        if network_type is not UNSET:
            field_dict["network_type"] = network_type
        if region is not UNSET:
            field_dict["region"] = region
        if request_params is not UNSET:
            field_dict["requestParams"] = request_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cloud_provider = src_dict.get("cloud_provider", UNSET)

        _obj.custom_network_id = src_dict.get("custom_network_id", UNSET)

        _obj.external_billing_id = src_dict.get("externalBillingId", UNSET)

        _obj.network_type = src_dict.get("network_type", UNSET)

        _obj.region = src_dict.get("region", UNSET)

        _obj.request_params = src_dict.get("requestParams", UNSET)

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
        _obj.cloud_provider = _pop("cloud_provider", UNSET)

        _obj.custom_network_id = _pop("custom_network_id", UNSET)

        _obj.external_billing_id = _pop("externalBillingId", UNSET)

        _obj.network_type = _pop("network_type", UNSET)

        _obj.region = _pop("region", UNSET)

        _obj.request_params = _pop("requestParams", UNSET)

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
