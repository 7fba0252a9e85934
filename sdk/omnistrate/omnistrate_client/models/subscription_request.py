from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "createdAt",
        "id",
        "productTierId",
        "productTierName",
        "rootUserEmail",
        "rootUserId",
        "rootUserName",
        "serviceId",
        "serviceName",
        "status",
        "updatedAt",
        "updatedByUserId",
        "updatedByUserName",
        "serviceLogoURL",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.created_at = src_dict["createdAt"]

        _obj.id = src_dict["id"]

        _obj.product_tier_id = src_dict["productTierId"]

        _obj.product_tier_name = src_dict["productTierName"]

        _obj.root_user_email = src_dict["rootUserEmail"]

        _obj.root_user_id = src_dict["rootUserId"]

        _obj.root_user_name = src_dict["rootUserName"]

        _obj.service_id = src_dict["serviceId"]

        _obj.service_name = src_dict["serviceName"]

        _obj.status = src_dict["status"]

        _obj.updated_at = src_dict["updatedAt"]

        _obj.updated_by_user_id = src_dict["updatedByUserId"]

        _obj.updated_by_user_name = src_dict["updatedByUserName"]

        _obj.service_logo_url = src_dict.get("serviceLogoURL", UNSET)

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
        _obj.created_at = _pop("createdAt")

        _obj.id = _pop("id")

        _obj.product_tier_id = _pop("productTierId")

        _obj.product_tier_name = _pop("productTierName")

        _obj.root_user_email = _pop("rootUserEmail")

        _obj.root_user_id = _pop("rootUserId")

        _obj.root_user_name = _pop("rootUserName")

        _obj.service_id = _pop("serviceId")

        _obj.service_name = _pop("serviceName")

        _obj.status = _pop("status")

        _obj.updated_at = _pop("updatedAt")

        _obj.updated_by_user_id = _pop("updatedByUserId")

        _obj.updated_by_user_name = _pop("updatedByUserName")

        _obj.service_logo_url = _pop("serviceLogoURL", UNSET)

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
