from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_account_global_config_request_tls_preview_enabled import (
    UpdateAccountGlobalConfigRequestTlsPreviewEnabled,
)
from ..models.update_account_global_config_request_version_availability import (
    UpdateAccountGlobalConfigRequestVersionAvailability,
)
from ..models.update_account_global_config_request_version_updatability import (
    UpdateAccountGlobalConfigRequestVersionUpdatability,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAccountGlobalConfigRequest")


@_attrs_define
class UpdateAccountGlobalConfigRequest:
    """
    Attributes:
        tls_preview_enabled (UpdateAccountGlobalConfigRequestTlsPreviewEnabled | Unset): Specify if the TLS Preview
            feature should be enabled for this account.
        version_availability (UpdateAccountGlobalConfigRequestVersionAvailability | Unset): Specify what data service
            versions are available for deployment for this account.
        version_updatability (UpdateAccountGlobalConfigRequestVersionUpdatability | Unset): Specify what data service
            versions are updatable for this account.
    """

    tls_preview_enabled: UpdateAccountGlobalConfigRequestTlsPreviewEnabled | Unset = UNSET
    version_availability: UpdateAccountGlobalConfigRequestVersionAvailability | Unset = UNSET
    version_updatability: UpdateAccountGlobalConfigRequestVersionUpdatability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tls_preview_enabled: str | Unset = UNSET
        if not isinstance(self.tls_preview_enabled, Unset):
            tls_preview_enabled = self.tls_preview_enabled.value

        version_availability: str | Unset = UNSET
        if not isinstance(self.version_availability, Unset):
            version_availability = self.version_availability.value

        version_updatability: str | Unset = UNSET
        if not isinstance(self.version_updatability, Unset):
            version_updatability = self.version_updatability.value

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
        _tls_preview_enabled = d.pop("tls_preview_enabled", UNSET)
        tls_preview_enabled: UpdateAccountGlobalConfigRequestTlsPreviewEnabled | Unset
        if isinstance(_tls_preview_enabled, Unset):
            tls_preview_enabled = UNSET
        else:
            tls_preview_enabled = UpdateAccountGlobalConfigRequestTlsPreviewEnabled(_tls_preview_enabled)

        _version_availability = d.pop("version_availability", UNSET)
        version_availability: UpdateAccountGlobalConfigRequestVersionAvailability | Unset
        if isinstance(_version_availability, Unset):
            version_availability = UNSET
        else:
            version_availability = UpdateAccountGlobalConfigRequestVersionAvailability(_version_availability)

        _version_updatability = d.pop("version_updatability", UNSET)
        version_updatability: UpdateAccountGlobalConfigRequestVersionUpdatability | Unset
        if isinstance(_version_updatability, Unset):
            version_updatability = UNSET
        else:
            version_updatability = UpdateAccountGlobalConfigRequestVersionUpdatability(_version_updatability)

        update_account_global_config_request = cls(
            tls_preview_enabled=tls_preview_enabled,
            version_availability=version_availability,
            version_updatability=version_updatability,
        )

        update_account_global_config_request.additional_properties = d
        return update_account_global_config_request

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
