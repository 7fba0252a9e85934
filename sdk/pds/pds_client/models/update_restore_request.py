from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRestoreRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "completion_status",
        "completion_time",
        "error_code",
        "start_time",
        "timestamp",
    }
)


@_attrs_define
class UpdateRestoreRequest:
    """
    Attributes:
        completion_status (str | Unset): Status of the restore process on the Target Cluster
        completion_time (str | Unset): CompletionTime of the restore process.
        error_code (str | Unset): Error code of the restore from Target Cluster
        start_time (str | Unset): StartTime of the restore process.
        timestamp (str | Unset): Timestamp of the update data.
    """

    completion_status: str | Unset = UNSET
    completion_time: str | Unset = UNSET
    error_code: str | Unset = UNSET
    start_time: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_status = self.completion_status

        completion_time = self.completion_time

        error_code = self.error_code

        start_time = self.start_time

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_status is not UNSET:
            field_dict["completion_status"] = completion_status
        if completion_time is not UNSET:
            field_dict["completion_time"] = completion_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.completion_status = src_dict.get("completion_status", UNSET)

        _obj.completion_time = src_dict.get("completion_time", UNSET)

        _obj.error_code = src_dict.get("error_code", UNSET)

        _obj.start_time = src_dict.get("start_time", UNSET)

        _obj.timestamp = src_dict.get("timestamp", UNSET)

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
        _obj.completion_status = _pop("completion_status", UNSET)

        _obj.completion_time = _pop("completion_time", UNSET)

        _obj.error_code = _pop("error_code", UNSET)

        _obj.start_time = _pop("start_time", UNSET)

        _obj.timestamp = _pop("timestamp", UNSET)

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
