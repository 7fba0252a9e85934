from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Limits")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "max",
        "maxLength",
        "min",
        "minLength",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.max_ = src_dict.get("max", UNSET)

        _obj.max_length = src_dict.get("maxLength", UNSET)

        _obj.min_ = src_dict.get("min", UNSET)

        _obj.min_length = src_dict.get("minLength", UNSET)

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
        _obj.max_ = _pop("max", UNSET)

        _obj.max_length = _pop("maxLength", UNSET)

        _obj.min_ = _pop("min", UNSET)

        _obj.min_length = _pop("minLength", UNSET)

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
