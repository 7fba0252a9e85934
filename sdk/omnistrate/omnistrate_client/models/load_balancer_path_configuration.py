from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoadBalancerPathConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "associatedResourceID",
        "path",
        "port",
        "associatedKubernetesServiceName",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.associated_resource_id = src_dict["associatedResourceID"]

        _obj.path = src_dict["path"]

        _obj.port = src_dict["port"]

        _obj.associated_kubernetes_service_name = src_dict.get("associatedKubernetesServiceName", UNSET)

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
        _obj.associated_resource_id = _pop("associatedResourceID")

        _obj.path = _pop("path")

        _obj.port = _pop("port")

        _obj.associated_kubernetes_service_name = _pop("associatedKubernetesServiceName", UNSET)

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
