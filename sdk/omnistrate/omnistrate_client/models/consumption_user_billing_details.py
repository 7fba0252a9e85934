from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumptionUserBillingDetails")


@_attrs_define
class ConsumptionUserBillingDetails:
    """
    Attributes:
        payment_configured (bool): Whether the customer has configured their payment information.
        billing_embed_url (str | Unset): DEPRECATED
        name (str | Unset): DEPRECATED: The name of the user
        payment_info_portal_url (str | Unset): The URL from the billing provide to redirect users to so they can enter
            their payment information.  Only present when first adding payment information
        user_id (str | Unset): ID of a User
    """

    payment_configured: bool
    billing_embed_url: str | Unset = UNSET
    name: str | Unset = UNSET
    payment_info_portal_url: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_configured = self.payment_configured

        billing_embed_url = self.billing_embed_url

        name = self.name

        payment_info_portal_url = self.payment_info_portal_url

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentConfigured": payment_configured,
            }
        )
        if billing_embed_url is not UNSET:
            field_dict["billingEmbedURL"] = billing_embed_url
        if name is not UNSET:
            field_dict["name"] = name
        if payment_info_portal_url is not UNSET:
            field_dict["paymentInfoPortalURL"] = payment_info_portal_url
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_configured = d.pop("paymentConfigured")

        billing_embed_url = d.pop("billingEmbedURL", UNSET)

        name = d.pop("name", UNSET)

        payment_info_portal_url = d.pop("paymentInfoPortalURL", UNSET)

        user_id = d.pop("userId", UNSET)

        consumption_user_billing_details = cls(
            payment_configured=payment_configured,
            billing_embed_url=billing_embed_url,
            name=name,
            payment_info_portal_url=payment_info_portal_url,
            user_id=user_id,
        )

        consumption_user_billing_details.additional_properties = d
        return consumption_user_billing_details

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
