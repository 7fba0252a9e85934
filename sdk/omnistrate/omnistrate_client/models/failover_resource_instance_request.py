from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FailoverResourceInstanceRequest")


@_attrs_define
class FailoverResourceInstanceRequest:
    """Request body of FailoverResourceInstance

    Attributes:
        failed_replica_id (str): The failed replica ID
        failed_replica_action (str | Unset): The failed replica action
    """

    failed_replica_id: str
    failed_replica_action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_replica_id = self.failed_replica_id

        failed_replica_action = self.failed_replica_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failedReplicaID": failed_replica_id,
            }
        )
        if failed_replica_action is not UNSET:
            field_dict["failedReplicaAction"] = failed_replica_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failed_replica_id = d.pop("failedReplicaID")

        failed_replica_action = d.pop("failedReplicaAction", UNSET)

        failover_resource_instance_request = cls(
            failed_replica_id=failed_replica_id,
            failed_replica_action=failed_replica_action,
        )

        failover_resource_instance_request.additional_properties = d
        return failover_resource_instance_request

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
