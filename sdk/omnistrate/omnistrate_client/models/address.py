from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


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
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        country = d.pop("country")

        state = d.pop("state")

        zip_ = d.pop("zip")

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        address = cls(
            address_line_1=address_line_1,
            city=city,
            country=country,
            state=state,
            zip_=zip_,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
        )

        address.additional_properties = d
        return address

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
