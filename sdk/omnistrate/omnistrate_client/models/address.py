from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "addressLine1",
        "city",
        "country",
        "state",
        "zip",
        "addressLine2",
        "addressLine3",
    }
)


@_attrs_define
class Address:
    """
    Attributes:
        address_line_1 (str): The street address
        city (str): Name of the City
        country (str): Name of the Country
        state (str): Name of the State/Province/Region
        zip_ (str): Zip code
        address_line_2 (str | Unset): Address Line 2
        address_line_3 (str | Unset): Address Line 3
    """

    address_line_1: str
    city: str
    country: str
    state: str
    zip_: str
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        city = self.city

        country = self.country

        state = self.state

        zip_ = self.zip_

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "country": country,
                "state": state,
                "zip": zip_,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.address_line_1 = src_dict["addressLine1"]

        _obj.city = src_dict["city"]

        _obj.country = src_dict["country"]

        _obj.state = src_dict["state"]

        _obj.zip_ = src_dict["zip"]

        _obj.address_line_2 = src_dict.get("addressLine2", UNSET)

        _obj.address_line_3 = src_dict.get("addressLine3", UNSET)

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
        _obj.address_line_1 = _pop("addressLine1")

        _obj.city = _pop("city")

        _obj.country = _pop("country")

        _obj.state = _pop("state")

        _obj.zip_ = _pop("zip")

        _obj.address_line_2 = _pop("addressLine2", UNSET)

        _obj.address_line_3 = _pop("addressLine3", UNSET)

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
