from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backup_schedule import BackupSchedule

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, BackupSchedule
    from ..models.backup_schedule import BackupSchedule  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BackupPolicySample")


@_attrs_define
class BackupPolicySample:
    """
    Attributes:
        created (str | Unset):
        name (str | Unset): Name of the backup policy. Must be unique for the given tenant.
        schedules (list[BackupSchedule] | Unset): A list of the backup schedules. Must be non-empty.
        updated (str | Unset):
        version (int | Unset):
    """

    created: str | Unset = UNSET
    name: str | Unset = UNSET
    schedules: list[BackupSchedule] | Unset = UNSET
    updated: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        created = self.created

        name = self.name

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        updated = self.updated

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if name is not UNSET:
            field_dict["name"] = name
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if updated is not UNSET:
            field_dict["updated"] = updated
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        name = d.pop("name", UNSET)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[BackupSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = BackupSchedule.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        updated = d.pop("updated", UNSET)

        version = d.pop("version", UNSET)

        backup_policy_sample = cls(
            created=created,
            name=name,
            schedules=schedules,
            updated=updated,
            version=version,
        )

        backup_policy_sample.additional_properties = d
        return backup_policy_sample

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
