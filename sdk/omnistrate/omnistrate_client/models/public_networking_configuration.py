from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicNetworkingConfiguration")


@_attrs_define
class PublicNetworkingConfiguration:
    """The public networking configuration for the network config

    Attributes:
        enable_cluster_load_balancer (bool | Unset): Enable a single load balancer for all replicas
        enable_node_load_balancer (bool | Unset): Create an external node load balancer per node rather than exposing
            the node ip directly
    """

    enable_cluster_load_balancer: bool | Unset = UNSET
    enable_node_load_balancer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_cluster_load_balancer = self.enable_cluster_load_balancer

        enable_node_load_balancer = self.enable_node_load_balancer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_cluster_load_balancer is not UNSET:
            field_dict["enableClusterLoadBalancer"] = enable_cluster_load_balancer
        if enable_node_load_balancer is not UNSET:
            field_dict["enableNodeLoadBalancer"] = enable_node_load_balancer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_cluster_load_balancer = d.pop("enableClusterLoadBalancer", UNSET)

        enable_node_load_balancer = d.pop("enableNodeLoadBalancer", UNSET)

        public_networking_configuration = cls(
            enable_cluster_load_balancer=enable_cluster_load_balancer,
            enable_node_load_balancer=enable_node_load_balancer,
        )

        public_networking_configuration.additional_properties = d
        return public_networking_configuration

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
