from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionUsers")


@_attrs_define
class SubscriptionUsers:
    """
    Attributes:
        email (str): The email of the user
        name (str): The name of the user
        role_type (str): Type of the role
        subscription_id (str): The subscription ID
        user_id (str): The User ID
    """

    email: str
    name: str
    role_type: str
    subscription_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        role_type = self.role_type

        subscription_id = self.subscription_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "roleType": role_type,
                "subscriptionId": subscription_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        role_type = d.pop("roleType")

        subscription_id = d.pop("subscriptionId")

        user_id = d.pop("userId")

        subscription_users = cls(
            email=email,
            name=name,
            role_type=role_type,
            subscription_id=subscription_id,
            user_id=user_id,
        )

        subscription_users.additional_properties = d
        return subscription_users

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
