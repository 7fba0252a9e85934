from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeServiceEnvironmentResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "deploymentConfigId",
        "description",
        "id",
        "key",
        "name",
        "serviceId",
        "type",
        "visibility",
        "autoApproveSubscription",
        "roleType",
        "saasPortalStatus",
        "saasPortalUrl",
        "serviceAuthPublicKey",
        "sourceEnvironmentId",
    }
)


@_attrs_define
class DescribeServiceEnvironmentResult:
    """
    Attributes:
        deployment_config_id (str): ID of a Deployment Config
        description (str): A brief description of the service environment
        id (str): ID of a Service Environment
        key (str): Unique Key of the Service Environment
        name (str): Name of the Service Environment
        service_id (str): ID of a Service
        type_ (str): The type of service environment
        visibility (str): This parameter is used to configure the visibility of the service control-plane APIs
        auto_approve_subscription (bool | Unset): Auto approve subscription or not
        role_type (str | Unset): Type of the role
        saas_portal_status (str | Unset): The status of an operation
        saas_portal_url (str | Unset): The URL of the SaaS portal for this environment type
        service_auth_public_key (str | Unset): PEM-encoded Public key part of the key used to sign the JWT tokens for
            the service control plane APIs
        source_environment_id (str | Unset): ID of a Service Environment
    """

    deployment_config_id: str
    description: str
    id: str
    key: str
    name: str
    service_id: str
    type_: str
    visibility: str
    auto_approve_subscription: bool | Unset = UNSET
    role_type: str | Unset = UNSET
    saas_portal_status: str | Unset = UNSET
    saas_portal_url: str | Unset = UNSET
    service_auth_public_key: str | Unset = UNSET
    source_environment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_config_id = self.deployment_config_id

        description = self.description

        id = self.id

        key = self.key

        name = self.name

        service_id = self.service_id

        type_ = self.type_

        visibility = self.visibility

        auto_approve_subscription = self.auto_approve_subscription

        role_type = self.role_type

        saas_portal_status = self.saas_portal_status

        saas_portal_url = self.saas_portal_url

        service_auth_public_key = self.service_auth_public_key

        source_environment_id = self.source_environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentConfigId": deployment_config_id,
                "description": description,
                "id": id,
                "key": key,
                "name": name,
                "serviceId": service_id,
                "type": type_,
                "visibility": visibility,
            }
        )
        if auto_approve_subscription is not UNSET:
            field_dict["autoApproveSubscription"] = auto_approve_subscription
        if role_type is not UNSET:
            field_dict["roleType"] = role_type
        if saas_portal_status is not UNSET:
            field_dict["saasPortalStatus"] = saas_portal_status
        if saas_portal_url is not UNSET:
            field_dict["saasPortalUrl"] = saas_portal_url
        if service_auth_public_key is not UNSET:
            field_dict["serviceAuthPublicKey"] = service_auth_public_key
        if source_environment_id is not UNSET:
            field_dict["sourceEnvironmentId"] = source_environment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.deployment_config_id = src_dict["deploymentConfigId"]

        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.key = src_dict["key"]

        _obj.name = src_dict["name"]

        _obj.service_id = src_dict["serviceId"]

        _obj.type_ = src_dict["type"]

        _obj.visibility = src_dict["visibility"]

        _obj.auto_approve_subscription = src_dict.get("autoApproveSubscription", UNSET)

        _obj.role_type = src_dict.get("roleType", UNSET)

        _obj.saas_portal_status = src_dict.get("saasPortalStatus", UNSET)

        _obj.saas_portal_url = src_dict.get("saasPortalUrl", UNSET)

        _obj.service_auth_public_key = src_dict.get("serviceAuthPublicKey", UNSET)

        _obj.source_environment_id = src_dict.get("sourceEnvironmentId", UNSET)

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

        _obj.id = _pop("id")

        _obj.key = _pop("key")

        _obj.name = _pop("name")

        _obj.service_id = _pop("serviceId")

        _obj.type_ = _pop("type")

        _obj.visibility = _pop("visibility")

        _obj.auto_approve_subscription = _pop("autoApproveSubscription", UNSET)

        _obj.role_type = _pop("roleType", UNSET)

        _obj.saas_portal_status = _pop("saasPortalStatus", UNSET)

        _obj.saas_portal_url = _pop("saasPortalUrl", UNSET)

        _obj.service_auth_public_key = _pop("serviceAuthPublicKey", UNSET)

        _obj.source_environment_id = _pop("sourceEnvironmentId", UNSET)

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
