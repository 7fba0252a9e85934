from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageRegistry")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "host",
        "id",
        "name",
        "password",
        "username",
    }
)


@_attrs_define
class ImageRegistry:
    """
    Attributes:
        description (str): A brief description of the Image Registry
        host (str): The Image Registry host
        id (str): ID of an Image Registry
        name (str): Name of the Image Registry
        password (str | Unset): The password to use when authenticating to the Image Registry
        username (str | Unset): The username to use when authenticating to the Image Registry
    """

    description: str
    host: str
    id: str
    name: str
    password: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        host = self.host

        id = self.id

        name = self.name

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "host": host,
                "id": id,
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
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.host = src_dict["host"]

        _obj.id = src_dict["id"]

        _obj.name = src_dict["name"]

        _obj.password = src_dict.get("password", UNSET)

        _obj.username = src_dict.get("username", UNSET)

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
        _obj.description = _pop("description")

        _obj.host = _pop("host")

        _obj.id = _pop("id")

        _obj.name = _pop("name")

        _obj.password = _pop("password", UNSET)

        _obj.username = _pop("username", UNSET)

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
