from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceEnvironmentRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "deploymentConfigId",
        "description",
        "name",
        "autoApproveSubscription",
        "serviceAuthPublicKey",
        "sourceEnvironmentId",
        "type",
        "visibility",
    }
)


@_attrs_define
class CreateServiceEnvironmentRequest:
    """Request body of CreateServiceEnvironment

    Attributes:
        deployment_config_id (str): The deployment configuration ID
        description (str): A brief description of the service environment
        name (str): Name of the Service Environment
        auto_approve_subscription (bool | Unset): Auto approve subscription or not
        service_auth_public_key (str | Unset): PEM-encoded Public key part of the key used to sign the JWT tokens for
            the service control plane APIs
        source_environment_id (str | Unset): The ID of the service environment to use for promoting changes to this
            environment
        type_ (str | Unset):
        visibility (str | Unset): This parameter is used to configure the visibility of the service control-plane APIs
    """

    deployment_config_id: str
    description: str
    name: str
    auto_approve_subscription: bool | Unset = UNSET
    service_auth_public_key: str | Unset = UNSET
    source_environment_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_config_id = self.deployment_config_id

        description = self.description

        name = self.name

        auto_approve_subscription = self.auto_approve_subscription

        service_auth_public_key = self.service_auth_public_key

        source_environment_id = self.source_environment_id

        type_ = self.type_

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentConfigId": deployment_config_id,
                "description": description,
                "name": name,
            }
        )
        if auto_approve_subscription is not UNSET:
            field_dict["autoApproveSubscription"] = auto_approve_subscription
        if service_auth_public_key is not UNSET:
            field_dict["serviceAuthPublicKey"] = service_auth_public_key
        if source_environment_id is not UNSET:
            field_dict["sourceEnvironmentId"] = source_environment_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.deployment_config_id = src_dict["deploymentConfigId"]

        _obj.description = src_dict["description"]

        _obj.name = src_dict["name"]

        _obj.auto_approve_subscription = src_dict.get("autoApproveSubscription", UNSET)

        _obj.service_auth_public_key = src_dict.get("serviceAuthPublicKey", UNSET)

        _obj.source_environment_id = src_dict.get("sourceEnvironmentId", UNSET)

        _obj.type_ = src_dict.get("type", UNSET)

        _obj.visibility = src_dict.get("visibility", UNSET)

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
        _obj.deployment_config_id = _pop("deploymentConfigId")

        _obj.description = _pop("description")

        _obj.name = _pop("name")

        _obj.auto_approve_subscription = _pop("autoApproveSubscription", UNSET)

        _obj.service_auth_public_key = _pop("serviceAuthPublicKey", UNSET)

        _obj.source_environment_id = _pop("sourceEnvironmentId", UNSET)

        _obj.type_ = _pop("type", UNSET)

        _obj.visibility = _pop("visibility", UNSET)

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
