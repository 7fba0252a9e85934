from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsagePerDimension")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "dimension",
        "endTime",
        "startTime",
        "total",
    }
)


@_attrs_define
class UsagePerDimension:
    """
    Attributes:
        dimension (str | Unset): Dimension of usage
        end_time (str | Unset): End timestamp of usage
        start_time (str | Unset): Start timestamp of usage
        total (float | Unset): Total amount of usage during the period
    """

    dimension: str | Unset = UNSET
    end_time: str | Unset = UNSET
    start_time: str | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        end_time = self.end_time

        start_time = self.start_time

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.dimension = src_dict.get("dimension", UNSET)

        _obj.end_time = src_dict.get("endTime", UNSET)

        _obj.start_time = src_dict.get("startTime", UNSET)

        _obj.total = src_dict.get("total", UNSET)

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
        _obj.dimension = _pop("dimension", UNSET)

        _obj.end_time = _pop("endTime", UNSET)

        _obj.start_time = _pop("startTime", UNSET)

        _obj.total = _pop("total", UNSET)

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
