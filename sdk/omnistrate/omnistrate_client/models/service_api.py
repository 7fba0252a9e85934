from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceAPI")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "apiVersion",
        "deploymentConfigId",
        "description",
        "id",
        "serviceEnvironmentId",
        "serviceId",
        "serviceName",
    }
)


@_attrs_define
class ServiceAPI:
    """
    Attributes:
        api_version (str): The external version of the API
        deployment_config_id (str): ID of a Deployment Config
        description (str): A brief description of the service API bundle
        id (str): ID of a Service API
        service_environment_id (str): ID of a Service Environment
        service_id (str): ID of a Service
        service_name (str): The name of the service
    """

    api_version: str
    deployment_config_id: str
    description: str
    id: str
    service_environment_id: str
    service_id: str
    service_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        deployment_config_id = self.deployment_config_id

        description = self.description

        id = self.id

        service_environment_id = self.service_environment_id

        service_id = self.service_id

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "deploymentConfigId": deployment_config_id,
                "description": description,
                "id": id,
                "serviceEnvironmentId": service_environment_id,
                "serviceId": service_id,
                "serviceName": service_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.api_version = src_dict["apiVersion"]

        _obj.deployment_config_id = src_dict["deploymentConfigId"]

        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.service_environment_id = src_dict["serviceEnvironmentId"]

        _obj.service_id = src_dict["serviceId"]

        _obj.service_name = src_dict["serviceName"]

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
        _obj.api_version = _pop("apiVersion")

        _obj.deployment_config_id = _pop("deploymentConfigId")

        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.service_environment_id = _pop("serviceEnvironmentId")

        _obj.service_id = _pop("serviceId")

        _obj.service_name = _pop("serviceName")

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
