from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePasswordRequest")


@_attrs_define
class UpdatePasswordRequest:
    """Request body of UpdatePassword

    Attributes:
        password (str):
        current_password (str | Unset):
        current_password_hash (str | Unset):
    """

    password: str
    current_password: str | Unset = UNSET
    current_password_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        current_password = self.current_password

        current_password_hash = self.current_password_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
            }
        )
        if current_password is not UNSET:
            field_dict["currentPassword"] = current_password
        if current_password_hash is not UNSET:
            field_dict["currentPasswordHash"] = current_password_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        current_password = d.pop("currentPassword", UNSET)

        current_password_hash = d.pop("currentPasswordHash", UNSET)

        update_password_request = cls(
            password=password,
            current_password=current_password,
            current_password_hash=current_password_hash,
        )

        update_password_request.additional_properties = d
        return update_password_request

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
