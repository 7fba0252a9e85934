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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "privateLinkConfiguration",
    }
)


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
        _obj = cls.__new__(cls)
        _private_link_configuration = src_dict.get("privateLinkConfiguration", UNSET)
        private_link_configuration: PrivateLinkConfiguration | Unset
        if isinstance(_private_link_configuration, Unset):
            private_link_configuration = UNSET
        else:
            private_link_configuration = PrivateLinkConfiguration.from_dict(_private_link_configuration)

        _obj.private_link_configuration = private_link_configuration

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
        _private_link_configuration = _pop("privateLinkConfiguration", UNSET)
        _obj.private_link_configuration = (
            UNSET
            if _private_link_configuration is UNSET
            else PrivateLinkConfiguration._from_json(_private_link_configuration)
        )

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
