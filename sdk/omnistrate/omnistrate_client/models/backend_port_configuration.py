from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BackendPortConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "associatedResourceIDs",
        "backendPort",
        "ingressPort",
    }
)


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
        _obj = cls.__new__(cls)
        associated_resource_i_ds = cast(list[str], src_dict["associatedResourceIDs"])

        _obj.associated_resource_i_ds = associated_resource_i_ds

        _obj.backend_port = src_dict["backendPort"]

        _obj.ingress_port = src_dict["ingressPort"]

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
        associated_resource_i_ds = cast(list[str], _pop("associatedResourceIDs"))

        _obj.associated_resource_i_ds = associated_resource_i_ds

        _obj.backend_port = _pop("backendPort")

        _obj.ingress_port = _pop("ingressPort")

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
