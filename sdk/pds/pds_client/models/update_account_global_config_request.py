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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "tls_preview_enabled",
        "version_availability",
        "version_updatability",
    }
)


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
        _obj = cls.__new__(cls)
        _tls_preview_enabled = src_dict.get("tls_preview_enabled", UNSET)
        tls_preview_enabled: UpdateAccountGlobalConfigRequestTlsPreviewEnabled | Unset
        if isinstance(_tls_preview_enabled, Unset):
            tls_preview_enabled = UNSET
        else:
            tls_preview_enabled = UpdateAccountGlobalConfigRequestTlsPreviewEnabled(_tls_preview_enabled)

        _obj.tls_preview_enabled = tls_preview_enabled

        _version_availability = src_dict.get("version_availability", UNSET)
        version_availability: UpdateAccountGlobalConfigRequestVersionAvailability | Unset
        if isinstance(_version_availability, Unset):
            version_availability = UNSET
        else:
            version_availability = UpdateAccountGlobalConfigRequestVersionAvailability(_version_availability)

        _obj.version_availability = version_availability

        _version_updatability = src_dict.get("version_updatability", UNSET)
        version_updatability: UpdateAccountGlobalConfigRequestVersionUpdatability | Unset
        if isinstance(_version_updatability, Unset):
            version_updatability = UNSET
        else:
            version_updatability = UpdateAccountGlobalConfigRequestVersionUpdatability(_version_updatability)

        _obj.version_updatability = version_updatability

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
        _tls_preview_enabled = _pop("tls_preview_enabled", UNSET)
        tls_preview_enabled: UpdateAccountGlobalConfigRequestTlsPreviewEnabled | Unset
        if isinstance(_tls_preview_enabled, Unset):
            tls_preview_enabled = UNSET
        else:
            tls_preview_enabled = UpdateAccountGlobalConfigRequestTlsPreviewEnabled(_tls_preview_enabled)

        _obj.tls_preview_enabled = tls_preview_enabled

        _version_availability = _pop("version_availability", UNSET)
        version_availability: UpdateAccountGlobalConfigRequestVersionAvailability | Unset
        if isinstance(_version_availability, Unset):
            version_availability = UNSET
        else:
            version_availability = UpdateAccountGlobalConfigRequestVersionAvailability(_version_availability)

        _obj.version_availability = version_availability

        _version_updatability = _pop("version_updatability", UNSET)
        version_updatability: UpdateAccountGlobalConfigRequestVersionUpdatability | Unset
        if isinstance(_version_updatability, Unset):
            version_updatability = UNSET
        else:
            version_updatability = UpdateAccountGlobalConfigRequestVersionUpdatability(_version_updatability)

        _obj.version_updatability = version_updatability

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
