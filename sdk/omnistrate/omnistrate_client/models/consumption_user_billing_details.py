from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumptionUserBillingDetails")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "paymentConfigured",
        "billingEmbedURL",
        "name",
        "paymentInfoPortalURL",
        "userId",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.payment_configured = src_dict["paymentConfigured"]

        _obj.billing_embed_url = src_dict.get("billingEmbedURL", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.payment_info_portal_url = src_dict.get("paymentInfoPortalURL", UNSET)

        _obj.user_id = src_dict.get("userId", UNSET)

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
        _obj.payment_configured = _pop("paymentConfigured")

        _obj.billing_embed_url = _pop("billingEmbedURL", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.payment_info_portal_url = _pop("paymentInfoPortalURL", UNSET)

        _obj.user_id = _pop("userId", UNSET)

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
