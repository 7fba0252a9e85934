from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumptionBillingDetails")


@_attrs_define
class ConsumptionBillingDetails:
    """
    Attributes:
        payment_configured (bool): Whether the customer has configured their payment information.
        payment_info_portal_url (str | Unset): The URL from the billing provide to redirect users to so they can enter
            their payment information.  Only present when first adding payment information
    """

    payment_configured: bool
    payment_info_portal_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_configured = self.payment_configured

        payment_info_portal_url = self.payment_info_portal_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentConfigured": payment_configured,
            }
        )
        if payment_info_portal_url is not UNSET:
            field_dict["paymentInfoPortalURL"] = payment_info_portal_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_configured = d.pop("paymentConfigured")

        payment_info_portal_url = d.pop("paymentInfoPortalURL", UNSET)

        consumption_billing_details = cls(
            payment_configured=payment_configured,
            payment_info_portal_url=payment_info_portal_url,
        )

        consumption_billing_details.additional_properties = d
        return consumption_billing_details

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
