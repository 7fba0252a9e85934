from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupStatus")


@_attrs_define
class BackupStatus:
    """
    Attributes:
        backup_period_in_hours (int): The backup period in hours
        backup_retention_in_days (int): The backup retention in days
        earliest_restore_time (str | Unset): The earliest restore time
        last_backup_time (str | Unset): The last backup time
    """

    backup_period_in_hours: int
    backup_retention_in_days: int
    earliest_restore_time: str | Unset = UNSET
    last_backup_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_period_in_hours = self.backup_period_in_hours

        backup_retention_in_days = self.backup_retention_in_days

        earliest_restore_time = self.earliest_restore_time

        last_backup_time = self.last_backup_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backupPeriodInHours": backup_period_in_hours,
                "backupRetentionInDays": backup_retention_in_days,
            }
        )
        if earliest_restore_time is not UNSET:
            field_dict["earliestRestoreTime"] = earliest_restore_time
        if last_backup_time is not UNSET:
            field_dict["lastBackupTime"] = last_backup_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_period_in_hours = d.pop("backupPeriodInHours")

        backup_retention_in_days = d.pop("backupRetentionInDays")

        earliest_restore_time = d.pop("earliestRestoreTime", UNSET)

        last_backup_time = d.pop("lastBackupTime", UNSET)

        backup_status = cls(
            backup_period_in_hours=backup_period_in_hours,
            backup_retention_in_days=backup_retention_in_days,
            earliest_restore_time=earliest_restore_time,
            last_backup_time=last_backup_time,
        )

        backup_status.additional_properties = d
        return backup_status

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
