from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutputParameterEntity")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "custom",
        "description",
        "displayName",
        "isList",
        "key",
        "type",
    }
)


@_attrs_define
class OutputParameterEntity:
    """
    Attributes:
        custom (bool): Whether the parameter is custom
        description (str): The parameter description
        display_name (str): The parameter display name
        is_list (bool): Whether the parameter is a list
        key (str): The parameter key
        type_ (str): The parameter type
    """

    custom: bool
    description: str
    display_name: str
    is_list: bool
    key: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom

        description = self.description

        display_name = self.display_name

        is_list = self.is_list

        key = self.key

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom": custom,
                "description": description,
                "displayName": display_name,
                "isList": is_list,
                "key": key,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.custom = src_dict["custom"]

        _obj.description = src_dict["description"]

        _obj.display_name = src_dict["displayName"]

        _obj.is_list = src_dict["isList"]

        _obj.key = src_dict["key"]

        _obj.type_ = src_dict["type"]

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
        _obj.custom = _pop("custom")

        _obj.description = _pop("description")

        _obj.display_name = _pop("displayName")

        _obj.is_list = _pop("isList")

        _obj.key = _pop("key")

        _obj.type_ = _pop("type")

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
