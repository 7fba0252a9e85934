from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoadBalancerPathConfiguration")


@_attrs_define
class LoadBalancerPathConfiguration:
    """
    Attributes:
        associated_resource_id (str): ID of a resource
        path (str): The REST API path backed by the load balancer
        port (int): The port to forward traffic to
        associated_kubernetes_service_name (str | Unset): Override the default target Kubernetes service name with this
            value
    """

    associated_resource_id: str
    path: str
    port: int
    associated_kubernetes_service_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_resource_id = self.associated_resource_id

        path = self.path

        port = self.port

        associated_kubernetes_service_name = self.associated_kubernetes_service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "associatedResourceID": associated_resource_id,
                "path": path,
                "port": port,
            }
        )
        if associated_kubernetes_service_name is not UNSET:
            field_dict["associatedKubernetesServiceName"] = associated_kubernetes_service_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        associated_resource_id = d.pop("associatedResourceID")

        path = d.pop("path")

        port = d.pop("port")

        associated_kubernetes_service_name = d.pop("associatedKubernetesServiceName", UNSET)

        load_balancer_path_configuration = cls(
            associated_resource_id=associated_resource_id,
            path=path,
            port=port,
            associated_kubernetes_service_name=associated_kubernetes_service_name,
        )

        load_balancer_path_configuration.additional_properties = d
        return load_balancer_path_configuration

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
