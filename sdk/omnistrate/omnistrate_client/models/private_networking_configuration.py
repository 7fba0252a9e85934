from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.private_link_configuration import PrivateLinkConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, PrivateLinkConfiguration
    from ..models.private_link_configuration import PrivateLinkConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="PrivateNetworkingConfiguration")


@_attrs_define
class PrivateNetworkingConfiguration:
    """The private networking configuration for the network config

    Attributes:
        private_link_configuration (PrivateLinkConfiguration | Unset):
    """

    private_link_configuration: PrivateLinkConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        private_link_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_link_configuration, Unset):
            private_link_configuration = self.private_link_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if private_link_configuration is not UNSET:
            field_dict["privateLinkConfiguration"] = private_link_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _private_link_configuration = d.pop("privateLinkConfiguration", UNSET)
        private_link_configuration: PrivateLinkConfiguration | Unset
        if isinstance(_private_link_configuration, Unset):
            private_link_configuration = UNSET
        else:
            private_link_configuration = PrivateLinkConfiguration.from_dict(_private_link_configuration)

        private_networking_configuration = cls(
            private_link_configuration=private_link_configuration,
        )

        private_networking_configuration.additional_properties = d
        return private_networking_configuration

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
