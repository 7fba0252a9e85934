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


T = TypeVar("T", bound="UpdateBackupPolicyRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "name",
        "schedules",
    }
)


@_attrs_define
class UpdateBackupPolicyRequest:
    """
    Attributes:
        name (str | Unset): Name of the backup policy. Must be unique for the given tenant.
        schedules (list[BackupSchedule] | Unset): An array of the backup schedules. Must be non-empty.
    """

    name: str | Unset = UNSET
    schedules: list[BackupSchedule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        name = self.name

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if schedules is not UNSET:
            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.name = src_dict.get("name", UNSET)

        _schedules = src_dict.get("schedules", UNSET)
        schedules: list[BackupSchedule] | Unset = UNSET
        if _schedules is not UNSET:
            _schedules_item = BackupSchedule.from_dict
            schedules = [_schedules_item(item) for item in _schedules]

        _obj.schedules = schedules

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.name = _pop("name", UNSET)

        _schedules = _pop("schedules", UNSET)
        if _schedules is not UNSET:
            _schedules[:] = map(BackupSchedule._from_json, _schedules)
        _obj.schedules = _schedules

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
