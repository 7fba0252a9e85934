from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceAPI")


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
        d = dict(src_dict)
        api_version = d.pop("apiVersion")

        deployment_config_id = d.pop("deploymentConfigId")

        description = d.pop("description")

        id = d.pop("id")

        service_environment_id = d.pop("serviceEnvironmentId")

        service_id = d.pop("serviceId")

        service_name = d.pop("serviceName")

        service_api = cls(
            api_version=api_version,
            deployment_config_id=deployment_config_id,
            description=description,
            id=id,
            service_environment_id=service_environment_id,
            service_id=service_id,
            service_name=service_name,
        )

        service_api.additional_properties = d
        return service_api

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
