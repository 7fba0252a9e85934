from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionLicense")


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
        d = dict(src_dict)
        certificate_base_64 = d.pop("certificateBase64", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        license_base_64 = d.pop("licenseBase64", UNSET)

        subscription_license = cls(
            certificate_base_64=certificate_base_64,
            expiration_date=expiration_date,
            license_base_64=license_base_64,
        )

        subscription_license.additional_properties = d
        return subscription_license

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
