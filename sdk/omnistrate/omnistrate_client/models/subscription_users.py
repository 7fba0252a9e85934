from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionUsers")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "email",
        "name",
        "roleType",
        "subscriptionId",
        "userId",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.email = src_dict["email"]

        _obj.name = src_dict["name"]

        _obj.role_type = src_dict["roleType"]

        _obj.subscription_id = src_dict["subscriptionId"]

        _obj.user_id = src_dict["userId"]

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
        _obj.email = _pop("email")

        _obj.name = _pop("name")

        _obj.role_type = _pop("roleType")

        _obj.subscription_id = _pop("subscriptionId")

        _obj.user_id = _pop("userId")

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
