from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceEnvironmentRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "autoApproveSubscription",
        "deploymentConfigId",
        "description",
        "name",
        "serviceAuthPublicKey",
        "sourceEnvironmentId",
        "visibility",
    }
)


@_attrs_define
class UpdateServiceEnvironmentRequest:
    """Request body of UpdateServiceEnvironment

    Attributes:
        auto_approve_subscription (bool | Unset): Auto approve subscription or not
        deployment_config_id (str | Unset): The deployment configuration ID
        description (str | Unset): A brief description of the service environment
        name (str | Unset): Name of the Service Environment
        service_auth_public_key (str | Unset): PEM-encoded Public key part of the key used to sign the JWT tokens for
            the service control plane APIs
        source_environment_id (str | Unset): The ID of the service environment to use for promoting changes to this
            environment
        visibility (str | Unset): This parameter is used to configure the visibility of the service control-plane APIs
    """

    auto_approve_subscription: bool | Unset = UNSET
    deployment_config_id: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    service_auth_public_key: str | Unset = UNSET
    source_environment_id: str | Unset = UNSET
    visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_approve_subscription = self.auto_approve_subscription

        deployment_config_id = self.deployment_config_id

        description = self.description

        name = self.name

        service_auth_public_key = self.service_auth_public_key

        source_environment_id = self.source_environment_id

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_approve_subscription is not UNSET:
            field_dict["autoApproveSubscription"] = auto_approve_subscription
        if deployment_config_id is not UNSET:
            field_dict["deploymentConfigId"] = deployment_config_id
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if service_auth_public_key is not UNSET:
            field_dict["serviceAuthPublicKey"] = service_auth_public_key
        if source_environment_id is not UNSET:
            field_dict["sourceEnvironmentId"] = source_environment_id
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.auto_approve_subscription = src_dict.get("autoApproveSubscription", UNSET)

        _obj.deployment_config_id = src_dict.get("deploymentConfigId", UNSET)

        _obj.description = src_dict.get("description", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.service_auth_public_key = src_dict.get("serviceAuthPublicKey", UNSET)

        _obj.source_environment_id = src_dict.get("sourceEnvironmentId", UNSET)

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
        _obj.auto_approve_subscription = _pop("autoApproveSubscription", UNSET)

        _obj.deployment_config_id = _pop("deploymentConfigId", UNSET)

        _obj.description = _pop("description", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.service_auth_public_key = _pop("serviceAuthPublicKey", UNSET)

        _obj.source_environment_id = _pop("sourceEnvironmentId", UNSET)

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
