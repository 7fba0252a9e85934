from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentTargetDeploymentEvent")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "action",
        "count",
        "deployment_id",
        "deployment_target_id",
        "message",
        "name",
        "namespace",
        "reason",
        "resource_kind",
        "resource_name",
        "timestamp",
        "type",
    }
)


@_attrs_define
class DeploymentTargetDeploymentEvent:
    """
    Attributes:
        action (str | Unset):
        count (int | Unset):
        deployment_id (str | Unset):
        deployment_target_id (str | Unset):
        message (str | Unset):
        name (str | Unset):
        namespace (str | Unset):
        reason (str | Unset):
        resource_kind (str | Unset):
        resource_name (str | Unset):
        timestamp (str | Unset):
        type_ (str | Unset):
    """

    action: str | Unset = UNSET
    count: int | Unset = UNSET
    deployment_id: str | Unset = UNSET
    deployment_target_id: str | Unset = UNSET
    message: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    reason: str | Unset = UNSET
    resource_kind: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        count = self.count

        deployment_id = self.deployment_id

        deployment_target_id = self.deployment_target_id

        message = self.message

        name = self.name

        namespace = self.namespace

        reason = self.reason

        resource_kind = self.resource_kind

        resource_name = self.resource_name

        timestamp = self.timestamp

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if count is not UNSET:
            field_dict["count"] = count
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if deployment_target_id is not UNSET:
            field_dict["deployment_target_id"] = deployment_target_id
        if message is not UNSET:
            field_dict["message"] = message
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if reason is not UNSET:
            field_dict["reason"] = reason
        if resource_kind is not UNSET:
            field_dict["resource_kind"] = resource_kind
        if resource_name is not UNSET:
            field_dict["resource_name"] = resource_name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.action = src_dict.get("action", UNSET)

        _obj.count = src_dict.get("count", UNSET)

        _obj.deployment_id = src_dict.get("deployment_id", UNSET)

        _obj.deployment_target_id = src_dict.get("deployment_target_id", UNSET)

        _obj.message = src_dict.get("message", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.namespace = src_dict.get("namespace", UNSET)

        _obj.reason = src_dict.get("reason", UNSET)

        _obj.resource_kind = src_dict.get("resource_kind", UNSET)

        _obj.resource_name = src_dict.get("resource_name", UNSET)

        _obj.timestamp = src_dict.get("timestamp", UNSET)

        _obj.type_ = src_dict.get("type", UNSET)

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
        _obj.action = _pop("action", UNSET)

        _obj.count = _pop("count", UNSET)

        _obj.deployment_id = _pop("deployment_id", UNSET)

        _obj.deployment_target_id = _pop("deployment_target_id", UNSET)

        _obj.message = _pop("message", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.namespace = _pop("namespace", UNSET)

        _obj.reason = _pop("reason", UNSET)

        _obj.resource_kind = _pop("resource_kind", UNSET)

        _obj.resource_name = _pop("resource_name", UNSET)

        _obj.timestamp = _pop("timestamp", UNSET)

        _obj.type_ = _pop("type", UNSET)

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
