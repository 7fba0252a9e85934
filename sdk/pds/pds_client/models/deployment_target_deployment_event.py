from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentTargetDeploymentEvent")


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
        d = dict(src_dict)
        action = d.pop("action", UNSET)

        count = d.pop("count", UNSET)

        deployment_id = d.pop("deployment_id", UNSET)

        deployment_target_id = d.pop("deployment_target_id", UNSET)

        message = d.pop("message", UNSET)

        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        reason = d.pop("reason", UNSET)

        resource_kind = d.pop("resource_kind", UNSET)

        resource_name = d.pop("resource_name", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        type_ = d.pop("type", UNSET)

        deployment_target_deployment_event = cls(
            action=action,
            count=count,
            deployment_id=deployment_id,
            deployment_target_id=deployment_target_id,
            message=message,
            name=name,
            namespace=namespace,
            reason=reason,
            resource_kind=resource_kind,
            resource_name=resource_name,
            timestamp=timestamp,
            type_=type_,
        )

        deployment_target_deployment_event.additional_properties = d
        return deployment_target_deployment_event

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
