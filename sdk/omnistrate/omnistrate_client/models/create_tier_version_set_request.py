from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTierVersionSetRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "type",
        "description",
        "name",
        "parentVersion",
    }
)


@_attrs_define
class CreateTierVersionSetRequest:
    """Request body of CreateTierVersionSet

    Attributes:
        type_ (str): The version-set type of the product-tier.
        description (str | Unset): A brief description of the product-tier version set.
        name (str | Unset): The name of the product-tier version set.
        parent_version (str | Unset): The parent version of this version set.
    """

    type_: str
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        name = self.name

        parent_version = self.parent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if parent_version is not UNSET:
            field_dict["parentVersion"] = parent_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.type_ = src_dict["type"]

        _obj.description = src_dict.get("description", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.parent_version = src_dict.get("parentVersion", UNSET)

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
        _obj.type_ = _pop("type")

        _obj.description = _pop("description", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.parent_version = _pop("parentVersion", UNSET)

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
