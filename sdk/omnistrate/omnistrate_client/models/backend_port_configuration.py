from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BackendPortConfiguration")


@_attrs_define
class BackendPortConfiguration:
    """
    Attributes:
        associated_resource_i_ds (list[str]): The IDs of the resource associated with the backend port
        backend_port (int): The port to forward traffic to
        ingress_port (int): The ingress port to configure on the load balancer
    """

    associated_resource_i_ds: list[str]
    backend_port: int
    ingress_port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_resource_i_ds = self.associated_resource_i_ds

        backend_port = self.backend_port

        ingress_port = self.ingress_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "associatedResourceIDs": associated_resource_i_ds,
                "backendPort": backend_port,
                "ingressPort": ingress_port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        associated_resource_i_ds = cast(list[str], d.pop("associatedResourceIDs"))

        backend_port = d.pop("backendPort")

        ingress_port = d.pop("ingressPort")

        backend_port_configuration = cls(
            associated_resource_i_ds=associated_resource_i_ds,
            backend_port=backend_port,
            ingress_port=ingress_port,
        )

        backend_port_configuration.additional_properties = d
        return backend_port_configuration

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
