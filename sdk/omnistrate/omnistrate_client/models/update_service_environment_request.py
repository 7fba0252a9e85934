from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceEnvironmentRequest")


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
        d = dict(src_dict)
        auto_approve_subscription = d.pop("autoApproveSubscription", UNSET)

        deployment_config_id = d.pop("deploymentConfigId", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        service_auth_public_key = d.pop("serviceAuthPublicKey", UNSET)

        source_environment_id = d.pop("sourceEnvironmentId", UNSET)

        visibility = d.pop("visibility", UNSET)

        update_service_environment_request = cls(
            auto_approve_subscription=auto_approve_subscription,
            deployment_config_id=deployment_config_id,
            description=description,
            name=name,
            service_auth_public_key=service_auth_public_key,
            source_environment_id=source_environment_id,
            visibility=visibility,
        )

        update_service_environment_request.additional_properties = d
        return update_service_environment_request

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
