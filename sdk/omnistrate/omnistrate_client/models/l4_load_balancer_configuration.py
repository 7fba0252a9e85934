from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backend_port_configuration import BackendPortConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, BackendPortConfiguration
    from ..models.backend_port_configuration import BackendPortConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="L4LoadBalancerConfiguration")


@_attrs_define
class L4LoadBalancerConfiguration:
    """
    Attributes:
        ingress_port_configuration (list[BackendPortConfiguration] | Unset): The ingress port configuration to configure
            on the load balancer
    """

    ingress_port_configuration: list[BackendPortConfiguration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        ingress_port_configuration: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ingress_port_configuration, Unset):
            ingress_port_configuration = []
            for ingress_port_configuration_item_data in self.ingress_port_configuration:
                ingress_port_configuration_item = ingress_port_configuration_item_data.to_dict()
                ingress_port_configuration.append(ingress_port_configuration_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ingress_port_configuration is not UNSET:
            field_dict["ingressPortConfiguration"] = ingress_port_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _ingress_port_configuration = d.pop("ingressPortConfiguration", UNSET)
        ingress_port_configuration: list[BackendPortConfiguration] | Unset = UNSET
        if _ingress_port_configuration is not UNSET:
            ingress_port_configuration = []
            for ingress_port_configuration_item_data in _ingress_port_configuration:
                ingress_port_configuration_item = BackendPortConfiguration.from_dict(
                    ingress_port_configuration_item_data
                )

                ingress_port_configuration.append(ingress_port_configuration_item)

        l4_load_balancer_configuration = cls(
            ingress_port_configuration=ingress_port_configuration,
        )

        l4_load_balancer_configuration.additional_properties = d
        return l4_load_balancer_configuration

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
