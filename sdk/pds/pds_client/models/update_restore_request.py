from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRestoreRequest")


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
        d = dict(src_dict)
        completion_status = d.pop("completion_status", UNSET)

        completion_time = d.pop("completion_time", UNSET)

        error_code = d.pop("error_code", UNSET)

        start_time = d.pop("start_time", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        update_restore_request = cls(
            completion_status=completion_status,
            completion_time=completion_time,
            error_code=error_code,
            start_time=start_time,
            timestamp=timestamp,
        )

        update_restore_request.additional_properties = d
        return update_restore_request

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
