from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Limit")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "family",
        "key",
        "modifiable",
        "name",
        "value",
    }
)


@_attrs_define
class Limit:
    """
    Attributes:
        description (str): A brief description of the limit
        family (str): The limit family
        key (str): Unique key to identify the limit
        modifiable (bool): Whether the limit can be modified
        name (str): Name of the limit
        value (int): Value of the limit being enforced
    """

    description: str
    family: str
    key: str
    modifiable: bool
    name: str
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        family = self.family

        key = self.key

        modifiable = self.modifiable

        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "family": family,
                "key": key,
                "modifiable": modifiable,
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.family = src_dict["family"]

        _obj.key = src_dict["key"]

        _obj.modifiable = src_dict["modifiable"]

        _obj.name = src_dict["name"]

        _obj.value = src_dict["value"]

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

        _obj.family = _pop("family")

        _obj.key = _pop("key")

        _obj.modifiable = _pop("modifiable")

        _obj.name = _pop("name")

        _obj.value = _pop("value")

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
