from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.identity_provider import IdentityProvider

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, IdentityProvider
    from ..models.identity_provider import IdentityProvider  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListIdentityProvidersResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "identityProviders",
    }
)


@_attrs_define
class ListIdentityProvidersResult:
    """
    Attributes:
        identity_providers (list[IdentityProvider]): The list of Identity Providers
    """

    identity_providers: list[IdentityProvider]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        identity_providers = []
        for identity_providers_item_data in self.identity_providers:
            identity_providers_item = identity_providers_item_data.to_dict()
            identity_providers.append(identity_providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identityProviders": identity_providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _identity_providers_item = IdentityProvider.from_dict
        identity_providers = [_identity_providers_item(item) for item in src_dict["identityProviders"]]

        _obj.identity_providers = identity_providers

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
        _identity_providers = _pop("identityProviders")
        _identity_providers[:] = map(IdentityProvider._from_json, _identity_providers)
        _obj.identity_providers = _identity_providers

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
