from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageRegistryRequest")


@_attrs_define
class CreateImageRegistryRequest:
    """Request body of CreateImageRegistry

    Attributes:
        description (str): A brief description of the Image Registry
        host (str): The Image Registry host
        name (str): Name of the Image Registry
        password (str | Unset): The password to use when authenticating to the Image Registry
        username (str | Unset): The username to use when authenticating to the Image Registry
    """

    description: str
    host: str
    name: str
    password: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        host = self.host

        name = self.name

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "host": host,
                "name": name,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        host = d.pop("host")

        name = d.pop("name")

        password = d.pop("password", UNSET)

        username = d.pop("username", UNSET)

        create_image_registry_request = cls(
            description=description,
            host=host,
            name=name,
            password=password,
            username=username,
        )

        create_image_registry_request.additional_properties = d
        return create_image_registry_request

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
