from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_schedule_type import BackupScheduleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupSchedule")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "id",
        "retention_count",
        "schedule",
        "type",
    }
)


@_attrs_define
class BackupSchedule:
    """
    Attributes:
        id (str | Unset): An ID of the backup schedule to help the UI identify validation failures. The type is UUID and
            it is generated on the UI side.
        retention_count (int | Unset): Number of retained backup jobs. Must be 1 or greater.
        schedule (str | Unset): CRON expression for the backup schedule.
        type_ (BackupScheduleType | Unset): Type of the backup schedule.
    """

    id: str | Unset = UNSET
    retention_count: int | Unset = UNSET
    schedule: str | Unset = UNSET
    type_: BackupScheduleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        retention_count = self.retention_count

        schedule = self.schedule

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if retention_count is not UNSET:
            field_dict["retention_count"] = retention_count
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.id = src_dict.get("id", UNSET)

        _obj.retention_count = src_dict.get("retention_count", UNSET)

        _obj.schedule = src_dict.get("schedule", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: BackupScheduleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BackupScheduleType(_type_)

        _obj.type_ = type_

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
        _obj.id = _pop("id", UNSET)

        _obj.retention_count = _pop("retention_count", UNSET)

        _obj.schedule = _pop("schedule", UNSET)

        _type_ = _pop("type", UNSET)
        type_: BackupScheduleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BackupScheduleType(_type_)

        _obj.type_ = type_

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
