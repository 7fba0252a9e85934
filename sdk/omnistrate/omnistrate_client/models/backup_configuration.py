from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BackupConfiguration")


@_attrs_define
class BackupConfiguration:
    """
    Attributes:
        backup_period_in_hours (int): The period in hours to take backups
        backup_retention_in_days (int): The number of days to retain backups
    """

    backup_period_in_hours: int
    backup_retention_in_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_period_in_hours = self.backup_period_in_hours

        backup_retention_in_days = self.backup_retention_in_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backupPeriodInHours": backup_period_in_hours,
                "backupRetentionInDays": backup_retention_in_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup_period_in_hours = d.pop("backupPeriodInHours")

        backup_retention_in_days = d.pop("backupRetentionInDays")

        backup_configuration = cls(
            backup_period_in_hours=backup_period_in_hours,
            backup_retention_in_days=backup_retention_in_days,
        )

        backup_configuration.additional_properties = d
        return backup_configuration

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
