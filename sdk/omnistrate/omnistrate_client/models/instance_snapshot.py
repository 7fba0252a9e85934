from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceSnapshot")


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
        d = dict(src_dict)
        complete_time = d.pop("completeTime")

        created_time = d.pop("createdTime")

        encrypted = d.pop("encrypted")

        progress = d.pop("progress")

        snapshot_id = d.pop("snapshotId")

        status = d.pop("status")

        instance_snapshot = cls(
            complete_time=complete_time,
            created_time=created_time,
            encrypted=encrypted,
            progress=progress,
            snapshot_id=snapshot_id,
            status=status,
        )

        instance_snapshot.additional_properties = d
        return instance_snapshot

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
