from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceSnapshot")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "completeTime",
        "createdTime",
        "encrypted",
        "progress",
        "snapshotId",
        "status",
    }
)


@_attrs_define
class InstanceSnapshot:
    """
    Attributes:
        complete_time (str): The snapshot time
        created_time (str): The snapshot creation time
        encrypted (bool): Whether the snapshot is encrypted
        progress (int): The backup progress. 0-100
        snapshot_id (str): ID of a Resource Instance Snapshot
        status (str): The snapshot status
    """

    complete_time: str
    created_time: str
    encrypted: bool
    progress: int
    snapshot_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete_time = self.complete_time

        created_time = self.created_time

        encrypted = self.encrypted

        progress = self.progress

        snapshot_id = self.snapshot_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completeTime": complete_time,
                "createdTime": created_time,
                "encrypted": encrypted,
                "progress": progress,
                "snapshotId": snapshot_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.complete_time = src_dict["completeTime"]

        _obj.created_time = src_dict["createdTime"]

        _obj.encrypted = src_dict["encrypted"]

        _obj.progress = src_dict["progress"]

        _obj.snapshot_id = src_dict["snapshotId"]

        _obj.status = src_dict["status"]

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
        _obj.complete_time = _pop("completeTime")

        _obj.created_time = _pop("createdTime")

        _obj.encrypted = _pop("encrypted")

        _obj.progress = _pop("progress")

        _obj.snapshot_id = _pop("snapshotId")

        _obj.status = _pop("status")

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
