from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupJobStatus")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "completion_time",
        "name",
        "start_time",
        "status",
    }
)


@_attrs_define
class BackupJobStatus:
    """
    Attributes:
        completion_time (str | Unset):
        name (str | Unset):
        start_time (str | Unset):
        status (str | Unset):
    """

    completion_time: str | Unset = UNSET
    name: str | Unset = UNSET
    start_time: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_time = self.completion_time

        name = self.name

        start_time = self.start_time

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_time is not UNSET:
            field_dict["completion_time"] = completion_time
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.completion_time = src_dict.get("completion_time", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.start_time = src_dict.get("start_time", UNSET)

        _obj.status = src_dict.get("status", UNSET)

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
        _obj.completion_time = _pop("completion_time", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.start_time = _pop("start_time", UNSET)

        _obj.status = _pop("status", UNSET)

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
