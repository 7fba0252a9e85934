from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Limit")


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
        d = dict(src_dict)
        description = d.pop("description")

        family = d.pop("family")

        key = d.pop("key")

        modifiable = d.pop("modifiable")

        name = d.pop("name")

        value = d.pop("value")

        limit = cls(
            description=description,
            family=family,
            key=key,
            modifiable=modifiable,
            name=name,
            value=value,
        )

        limit.additional_properties = d
        return limit

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
