from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceEnvironmentRequest")


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
        d = dict(src_dict)
        deployment_config_id = d.pop("deploymentConfigId")

        description = d.pop("description")

        name = d.pop("name")

        auto_approve_subscription = d.pop("autoApproveSubscription", UNSET)

        service_auth_public_key = d.pop("serviceAuthPublicKey", UNSET)

        source_environment_id = d.pop("sourceEnvironmentId", UNSET)

        type_ = d.pop("type", UNSET)

        visibility = d.pop("visibility", UNSET)

        create_service_environment_request = cls(
            deployment_config_id=deployment_config_id,
            description=description,
            name=name,
            auto_approve_subscription=auto_approve_subscription,
            service_auth_public_key=service_auth_public_key,
            source_environment_id=source_environment_id,
            type_=type_,
            visibility=visibility,
        )

        create_service_environment_request.additional_properties = d
        return create_service_environment_request

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
