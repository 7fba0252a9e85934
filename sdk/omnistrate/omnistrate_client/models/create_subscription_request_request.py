from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSubscriptionRequestRequest")


@_attrs_define
class CreateSubscriptionRequestRequest:
    """Request body of CreateSubscriptionRequest

    Attributes:
        product_tier_id (str): The product tier ID
        service_id (str): The service ID
    """

    product_tier_id: str
    service_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_tier_id = self.product_tier_id

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productTierId": product_tier_id,
                "serviceId": service_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_tier_id = d.pop("productTierId")

        service_id = d.pop("serviceId")

        create_subscription_request_request = cls(
            product_tier_id=product_tier_id,
            service_id=service_id,
        )

        create_subscription_request_request.additional_properties = d
        return create_subscription_request_request

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
