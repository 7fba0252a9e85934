from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomDomain")


@_attrs_define
class CustomDomain:
    """
    Attributes:
        cluster_endpoint (str): The cluster endpoint for the saas portal instance
        custom_domain (str): The custom domain
        description (str): The custom domain description
        environment_type (str): The type of service environment
        name (str): The custom domain name
        status (str): The status of an operation
    """

    cluster_endpoint: str
    custom_domain: str
    description: str
    environment_type: str
    name: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_endpoint = self.cluster_endpoint

        custom_domain = self.custom_domain

        description = self.description

        environment_type = self.environment_type

        name = self.name

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterEndpoint": cluster_endpoint,
                "customDomain": custom_domain,
                "description": description,
                "environmentType": environment_type,
                "name": name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_endpoint = d.pop("clusterEndpoint")

        custom_domain = d.pop("customDomain")

        description = d.pop("description")

        environment_type = d.pop("environmentType")

        name = d.pop("name")

        status = d.pop("status")

        custom_domain = cls(
            cluster_endpoint=cluster_endpoint,
            custom_domain=custom_domain,
            description=description,
            environment_type=environment_type,
            name=name,
            status=status,
        )

        custom_domain.additional_properties = d
        return custom_domain

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
