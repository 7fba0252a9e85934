from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBackupRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "backup_level",
        "backup_target_id",
        "backup_type",
        "job_history_limit",
        "schedule",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.backup_level = src_dict.get("backup_level", UNSET)

        _obj.backup_target_id = src_dict.get("backup_target_id", UNSET)

        _obj.backup_type = src_dict.get("backup_type", UNSET)

        _obj.job_history_limit = src_dict.get("job_history_limit", UNSET)

        _obj.schedule = src_dict.get("schedule", UNSET)

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
        _obj.backup_level = _pop("backup_level", UNSET)

        _obj.backup_target_id = _pop("backup_target_id", UNSET)

        _obj.backup_type = _pop("backup_type", UNSET)

        _obj.job_history_limit = _pop("job_history_limit", UNSET)

        _obj.schedule = _pop("schedule", UNSET)

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
