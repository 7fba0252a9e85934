from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBackupRequest")


@_attrs_define
class CreateBackupRequest:
    """
    Attributes:
        backup_level (str | Unset):
        backup_target_id (str | Unset):
        backup_type (str | Unset):
        job_history_limit (int | Unset):
        schedule (str | Unset):
    """

    backup_level: str | Unset = UNSET
    backup_target_id: str | Unset = UNSET
    backup_type: str | Unset = UNSET
    job_history_limit: int | Unset = UNSET
    schedule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_level = self.backup_level

        backup_target_id = self.backup_target_id

        backup_type = self.backup_type

        job_history_limit = self.job_history_limit

        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_level is not UNSET:
            field_dict["backup_level"] = backup_level
        if backup_target_id is not UNSET:
            field_dict["backup_target_id"] = backup_target_id
        if backup_type is not UNSET:
            field_dict["backup_type"] = backup_type
        if job_history_limit is not UNSET:
            field_dict["job_history_limit"] = job_history_limit
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_level = d.pop("backup_level", UNSET)

        backup_target_id = d.pop("backup_target_id", UNSET)

        backup_type = d.pop("backup_type", UNSET)

        job_history_limit = d.pop("job_history_limit", UNSET)

        schedule = d.pop("schedule", UNSET)

        create_backup_request = cls(
            backup_level=backup_level,
            backup_target_id=backup_target_id,
            backup_type=backup_type,
            job_history_limit=job_history_limit,
            schedule=schedule,
        )

        create_backup_request.additional_properties = d
        return create_backup_request

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
