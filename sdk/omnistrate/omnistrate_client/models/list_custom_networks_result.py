from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_network import CustomNetwork

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, CustomNetwork
    from ..models.custom_network import CustomNetwork  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListCustomNetworksResult")


@_attrs_define
class ListCustomNetworksResult:
    """
    Attributes:
        custom_networks (list[CustomNetwork]): List of custom networks
    """

    custom_networks: list[CustomNetwork]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        custom_networks = []
        for custom_networks_item_data in self.custom_networks:
            custom_networks_item = custom_networks_item_data.to_dict()
            custom_networks.append(custom_networks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customNetworks": custom_networks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        custom_networks = []
        _custom_networks = d.pop("customNetworks")
        for custom_networks_item_data in _custom_networks:
            custom_networks_item = CustomNetwork.from_dict(custom_networks_item_data)

            custom_networks.append(custom_networks_item)

        list_custom_networks_result = cls(
            custom_networks=custom_networks,
        )

        list_custom_networks_result.additional_properties = d
        return list_custom_networks_result

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
