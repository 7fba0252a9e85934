from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountGlobalConfig")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "tls_preview_enabled",
        "version_availability",
        "version_updatability",
    }
)


@_attrs_define
class AccountGlobalConfig:
    """
    Attributes:
        tls_preview_enabled (str | Unset): Specify if the TLS Preview feature should be enabled for this account.
        version_availability (str | Unset): Specify what data service versions are available for deployment for this
            account.
        version_updatability (str | Unset): Specify what data service versions are updatable for this account.
    """

    tls_preview_enabled: str | Unset = UNSET
    version_availability: str | Unset = UNSET
    version_updatability: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tls_preview_enabled = self.tls_preview_enabled

        version_availability = self.version_availability

        version_updatability = self.version_updatability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tls_preview_enabled is not UNSET:
            field_dict["tls_preview_enabled"] = tls_preview_enabled
        if version_availability is not UNSET:
            field_dict["version_availability"] = version_availability
        if version_updatability is not UNSET:
            field_dict["version_updatability"] = version_updatability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.tls_preview_enabled = src_dict.get("tls_preview_enabled", UNSET)

        _obj.version_availability = src_dict.get("version_availability", UNSET)

        _obj.version_updatability = src_dict.get("version_updatability", UNSET)

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
        _obj.tls_preview_enabled = _pop("tls_preview_enabled", UNSET)

        _obj.version_availability = _pop("version_availability", UNSET)

        _obj.version_updatability = _pop("version_updatability", UNSET)

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
