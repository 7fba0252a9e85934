from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResourceInstanceRequest")


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
        d = dict(src_dict)
        cloud_provider = d.pop("cloud_provider", UNSET)

        custom_network_id = d.pop("custom_network_id", UNSET)

        external_billing_id = d.pop("externalBillingId", UNSET)

        network_type = d.pop("network_type", UNSET)

        region = d.pop("region", UNSET)

        request_params = d.pop("requestParams", UNSET)

        create_resource_instance_request = cls(
            cloud_provider=cloud_provider,
            custom_network_id=custom_network_id,
            external_billing_id=external_billing_id,
            network_type=network_type,
            region=region,
            request_params=request_params,
        )

        create_resource_instance_request.additional_properties = d
        return create_resource_instance_request

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
