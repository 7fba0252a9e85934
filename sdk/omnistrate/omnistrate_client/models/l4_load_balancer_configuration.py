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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "ingressPortConfiguration",
    }
)


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
        _obj = cls.__new__(cls)
        _ingress_port_configuration = src_dict.get("ingressPortConfiguration", UNSET)
        ingress_port_configuration: list[BackendPortConfiguration] | Unset = UNSET
        if _ingress_port_configuration is not UNSET:
            _ingress_port_configuration_item = BackendPortConfiguration.from_dict
            ingress_port_configuration = [
                _ingress_port_configuration_item(item) for item in _ingress_port_configuration
            ]

        _obj.ingress_port_configuration = ingress_port_configuration

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _ingress_port_configuration = _pop("ingressPortConfiguration", UNSET)
        if _ingress_port_configuration is not UNSET:
            _ingress_port_configuration[:] = map(BackendPortConfiguration._from_json, _ingress_port_configuration)
        _obj.ingress_port_configuration = _ingress_port_configuration

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
