from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Limits")


@_attrs_define
class Limits:
    """Limit of a parameter

    Attributes:
        max_ (str | Unset): Maximum value for an integer or floating-point parameter
        max_length (str | Unset): Maximum length of a string parameter
        min_ (str | Unset): Minimum value for an integer or floating-point parameter
        min_length (str | Unset): Minimum length of a string parameter
    """

    max_: str | Unset = UNSET
    max_length: str | Unset = UNSET
    min_: str | Unset = UNSET
    min_length: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        max_length = self.max_length

        min_ = self.min_

        min_length = self.min_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if min_ is not UNSET:
            field_dict["min"] = min_
        if min_length is not UNSET:
            field_dict["minLength"] = min_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max", UNSET)

        max_length = d.pop("maxLength", UNSET)

        min_ = d.pop("min", UNSET)

        min_length = d.pop("minLength", UNSET)

        limits = cls(
            max_=max_,
            max_length=max_length,
            min_=min_,
            min_length=min_length,
        )

        limits.additional_properties = d
        return limits

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
