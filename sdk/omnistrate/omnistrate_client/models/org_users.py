from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrgUsers")


@_attrs_define
class OrgUsers:
    """
    Attributes:
        email (str): The email of the user
        invited_at (str): The time when the user was invited
        name (str): The name of the user
        role_type (str): Type of the role
        user_id (str): The User ID
    """

    email: str
    invited_at: str
    name: str
    role_type: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        invited_at = self.invited_at

        name = self.name

        role_type = self.role_type

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "invitedAt": invited_at,
                "name": name,
                "roleType": role_type,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        invited_at = d.pop("invitedAt")

        name = d.pop("name")

        role_type = d.pop("roleType")

        user_id = d.pop("userId")

        org_users = cls(
            email=email,
            invited_at=invited_at,
            name=name,
            role_type=role_type,
            user_id=user_id,
        )

        org_users.additional_properties = d
        return org_users

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
