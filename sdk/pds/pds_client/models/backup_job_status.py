from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupJobStatus")


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
        d = dict(src_dict)
        completion_time = d.pop("completion_time", UNSET)

        name = d.pop("name", UNSET)

        start_time = d.pop("start_time", UNSET)

        status = d.pop("status", UNSET)

        backup_job_status = cls(
            completion_time=completion_time,
            name=name,
            start_time=start_time,
            status=status,
        )

        backup_job_status.additional_properties = d
        return backup_job_status

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
