from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceDeploymentDetails")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "instanceDeploymentAlias",
        "serviceId",
        "subscriptionId",
        "dependsOnDeployment",
        "failedReason",
        "instanceId",
        "status",
        "statusMessage",
    }
)


@_attrs_define
class ServiceDeploymentDetails:
    """
    Attributes:
        instance_deployment_alias (str): The instance deployment alias
        service_id (str): ID of a Service
        subscription_id (str): ID of a Subscription
        depends_on_deployment (list[str] | Unset): The deployment keys that this deployment depends on
        failed_reason (str | Unset): The reason why the deployment failed
        instance_id (str | Unset): ID of a Resource Instance
        status (str | Unset): The status of the service deployment
        status_message (str | Unset): The status message of the service deployment
    """

    instance_deployment_alias: str
    service_id: str
    subscription_id: str
    depends_on_deployment: list[str] | Unset = UNSET
    failed_reason: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    status: str | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_deployment_alias = self.instance_deployment_alias

        service_id = self.service_id

        subscription_id = self.subscription_id

        depends_on_deployment: list[str] | Unset = UNSET
        if not isinstance(self.depends_on_deployment, Unset):
            depends_on_deployment = self.depends_on_deployment

        failed_reason = self.failed_reason

        instance_id = self.instance_id

        status = self.status

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceDeploymentAlias": instance_deployment_alias,
                "serviceId": service_id,
                "subscriptionId": subscription_id,
            }
        )
        if depends_on_deployment is not UNSET:
            field_dict["dependsOnDeployment"] = depends_on_deployment
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.instance_deployment_alias = src_dict["instanceDeploymentAlias"]

        _obj.service_id = src_dict["serviceId"]

        _obj.subscription_id = src_dict["subscriptionId"]

        depends_on_deployment = cast(list[str], src_dict.get("dependsOnDeployment", UNSET))

        _obj.depends_on_deployment = depends_on_deployment

        _obj.failed_reason = src_dict.get("failedReason", UNSET)

        _obj.instance_id = src_dict.get("instanceId", UNSET)

        _obj.status = src_dict.get("status", UNSET)

        _obj.status_message = src_dict.get("statusMessage", UNSET)

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
        _obj.instance_deployment_alias = _pop("instanceDeploymentAlias")

        _obj.service_id = _pop("serviceId")

        _obj.subscription_id = _pop("subscriptionId")

        depends_on_deployment = cast(list[str], _pop("dependsOnDeployment", UNSET))

        _obj.depends_on_deployment = depends_on_deployment

        _obj.failed_reason = _pop("failedReason", UNSET)

        _obj.instance_id = _pop("instanceId", UNSET)

        _obj.status = _pop("status", UNSET)

        _obj.status_message = _pop("statusMessage", UNSET)

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
