from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountGlobalConfig")


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
        d = dict(src_dict)
        tls_preview_enabled = d.pop("tls_preview_enabled", UNSET)

        version_availability = d.pop("version_availability", UNSET)

        version_updatability = d.pop("version_updatability", UNSET)

        account_global_config = cls(
            tls_preview_enabled=tls_preview_enabled,
            version_availability=version_availability,
            version_updatability=version_updatability,
        )

        account_global_config.additional_properties = d
        return account_global_config

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
