from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.k8s_event_type import K8SEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="K8SEvent")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "count",
        "message",
        "name",
        "reason",
        "resource_kind",
        "resource_name",
        "timestamp",
        "type",
        "action",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.count = src_dict["count"]

        _obj.message = src_dict["message"]

        _obj.name = src_dict["name"]

        _obj.reason = src_dict["reason"]

        _obj.resource_kind = src_dict["resource_kind"]

        _obj.resource_name = src_dict["resource_name"]

        _obj.timestamp = src_dict["timestamp"]

        type_ = K8SEventType(src_dict["type"])

        _obj.type_ = type_

        _obj.action = src_dict.get("action", UNSET)

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
        _obj.count = _pop("count")

        _obj.message = _pop("message")

        _obj.name = _pop("name")

        _obj.reason = _pop("reason")

        _obj.resource_kind = _pop("resource_kind")

        _obj.resource_name = _pop("resource_name")

        _obj.timestamp = _pop("timestamp")

        type_ = K8SEventType(_pop("type"))

        _obj.type_ = type_

        _obj.action = _pop("action", UNSET)

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
