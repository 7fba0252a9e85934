from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.k8s_event_type import K8SEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="K8SEvent")


@_attrs_define
class K8SEvent:
    """
    Attributes:
        count (int): Count informs about how many times event was generated.
        message (str): Message is a human-readable description of the status of this operation.
        name (str): Name of the Event resource in target cluster.
        reason (str): Reason is a short, machine understandable string that gives the reason for the transition into the
            object's current status.
        resource_kind (str): ResourceKind is the type of resource being referenced
        resource_name (str): ResourceName is the name of resource being referenced
        timestamp (int): Timestamp informs about when did the event occur most recently.
        type_ (K8SEventType): Type of this event , new types could be added in the future.
        action (str | Unset): Action that was taken/failed regarding the given object.
    """

    count: int
    message: str
    name: str
    reason: str
    resource_kind: str
    resource_name: str
    timestamp: int
    type_: K8SEventType
    action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        message = self.message

        name = self.name

        reason = self.reason

        resource_kind = self.resource_kind

        resource_name = self.resource_name

        timestamp = self.timestamp

        type_ = self.type_.value

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "message": message,
                "name": name,
                "reason": reason,
                "resource_kind": resource_kind,
                "resource_name": resource_name,
                "timestamp": timestamp,
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        message = d.pop("message")

        name = d.pop("name")

        reason = d.pop("reason")

        resource_kind = d.pop("resource_kind")

        resource_name = d.pop("resource_name")

        timestamp = d.pop("timestamp")

        type_ = K8SEventType(d.pop("type"))

        action = d.pop("action", UNSET)

        k8s_event = cls(
            count=count,
            message=message,
            name=name,
            reason=reason,
            resource_kind=resource_kind,
            resource_name=resource_name,
            timestamp=timestamp,
            type_=type_,
            action=action,
        )

        k8s_event.additional_properties = d
        return k8s_event

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
