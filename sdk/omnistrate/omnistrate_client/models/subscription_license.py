from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionLicense")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "certificateBase64",
        "expirationDate",
        "licenseBase64",
    }
)


@_attrs_define
class SubscriptionLicense:
    """
    Attributes:
        certificate_base_64 (str | Unset): Public certificate used to sign the license in Base 64 format Default: ''.
        expiration_date (str | Unset): Current expiration of the license in RFC 3339 format. The license will be renewed
            periodically before this date while the subscription is active.
        license_base_64 (str | Unset): License file in Base 64 format Default: ''.
    """

    certificate_base_64: str | Unset = ""
    expiration_date: str | Unset = UNSET
    license_base_64: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_base_64 = self.certificate_base_64

        expiration_date = self.expiration_date

        license_base_64 = self.license_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate_base_64 is not UNSET:
            field_dict["certificateBase64"] = certificate_base_64
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if license_base_64 is not UNSET:
            field_dict["licenseBase64"] = license_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.certificate_base_64 = src_dict.get("certificateBase64", UNSET)

        _obj.expiration_date = src_dict.get("expirationDate", UNSET)

        _obj.license_base_64 = src_dict.get("licenseBase64", UNSET)

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
        _obj.certificate_base_64 = _pop("certificateBase64", UNSET)

        _obj.expiration_date = _pop("expirationDate", UNSET)

        _obj.license_base_64 = _pop("licenseBase64", UNSET)

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
