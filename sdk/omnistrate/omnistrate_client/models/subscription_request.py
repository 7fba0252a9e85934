from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionRequest")


@_attrs_define
class SubscriptionRequest:
    """
    Attributes:
        created_at (str): The time that this subscription request was issued
        id (str): ID of a Subscription Request
        product_tier_id (str): ID of a Product Tier
        product_tier_name (str): The name of the product tier
        root_user_email (str): The email of the user that issued the subscription request
        root_user_id (str): ID of a User
        root_user_name (str): The name of the user that issued the subscription request
        service_id (str): ID of a Service
        service_name (str): The name of the service
        status (str): The status of the subscription request
        updated_at (str): The time that this subscription request was issued
        updated_by_user_id (str): ID of a User
        updated_by_user_name (str): The user that last updated the subscription request
        service_logo_url (str | Unset): The logo for the service
    """

    created_at: str
    id: str
    product_tier_id: str
    product_tier_name: str
    root_user_email: str
    root_user_id: str
    root_user_name: str
    service_id: str
    service_name: str
    status: str
    updated_at: str
    updated_by_user_id: str
    updated_by_user_name: str
    service_logo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        product_tier_id = self.product_tier_id

        product_tier_name = self.product_tier_name

        root_user_email = self.root_user_email

        root_user_id = self.root_user_id

        root_user_name = self.root_user_name

        service_id = self.service_id

        service_name = self.service_name

        status = self.status

        updated_at = self.updated_at

        updated_by_user_id = self.updated_by_user_id

        updated_by_user_name = self.updated_by_user_name

        service_logo_url = self.service_logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "productTierId": product_tier_id,
                "productTierName": product_tier_name,
                "rootUserEmail": root_user_email,
                "rootUserId": root_user_id,
                "rootUserName": root_user_name,
                "serviceId": service_id,
                "serviceName": service_name,
                "status": status,
                "updatedAt": updated_at,
                "updatedByUserId": updated_by_user_id,
                "updatedByUserName": updated_by_user_name,
            }
        )
        if service_logo_url is not UNSET:
            field_dict["serviceLogoURL"] = service_logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        id = d.pop("id")

        product_tier_id = d.pop("productTierId")

        product_tier_name = d.pop("productTierName")

        root_user_email = d.pop("rootUserEmail")

        root_user_id = d.pop("rootUserId")

        root_user_name = d.pop("rootUserName")

        service_id = d.pop("serviceId")

        service_name = d.pop("serviceName")

        status = d.pop("status")

        updated_at = d.pop("updatedAt")

        updated_by_user_id = d.pop("updatedByUserId")

        updated_by_user_name = d.pop("updatedByUserName")

        service_logo_url = d.pop("serviceLogoURL", UNSET)

        subscription_request = cls(
            created_at=created_at,
            id=id,
            product_tier_id=product_tier_id,
            product_tier_name=product_tier_name,
            root_user_email=root_user_email,
            root_user_id=root_user_id,
            root_user_name=root_user_name,
            service_id=service_id,
            service_name=service_name,
            status=status,
            updated_at=updated_at,
            updated_by_user_id=updated_by_user_id,
            updated_by_user_name=updated_by_user_name,
            service_logo_url=service_logo_url,
        )

        subscription_request.additional_properties = d
        return subscription_request

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
