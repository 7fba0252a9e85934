from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_details import DNSDetails
    from ..models.maas_details import MAASDetails

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, DNSDetails, MAASDetails
    from ..models.dns_details import DNSDetails  # noqa: PLC0415
    from ..models.maas_details import MAASDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateAccountRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "baas_features_enabled",
        "dns_details",
        "maas_details",
        "name",
        "pds_features_enabled",
        "pxone_features_enabled",
        "subdomain",
    }
)


@_attrs_define
class CreateAccountRequest:
    """
    Attributes:
        baas_features_enabled (bool | Unset): Whether BAAS should be enabled for this account.
        dns_details (DNSDetails | Unset):
        maas_details (MAASDetails | Unset):
        name (str | Unset): Name of the account.
        pds_features_enabled (bool | Unset): Whether PDS should be enabled for this account.
        pxone_features_enabled (bool | Unset): Whether PX-ONE should be enabled for this account.
        subdomain (str | Unset): (optional) Account subdomain name.
    """

    baas_features_enabled: bool | Unset = UNSET
    dns_details: DNSDetails | Unset = UNSET
    maas_details: MAASDetails | Unset = UNSET
    name: str | Unset = UNSET
    pds_features_enabled: bool | Unset = UNSET
    pxone_features_enabled: bool | Unset = UNSET
    subdomain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        baas_features_enabled = self.baas_features_enabled

        dns_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dns_details, Unset):
            dns_details = self.dns_details.to_dict()

        maas_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maas_details, Unset):
            maas_details = self.maas_details.to_dict()

        name = self.name

        pds_features_enabled = self.pds_features_enabled

        pxone_features_enabled = self.pxone_features_enabled

        subdomain = self.subdomain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if baas_features_enabled is not UNSET:
            field_dict["baas_features_enabled"] = baas_features_enabled
        if dns_details is not UNSET:
            field_dict["dns_details"] = dns_details
        if maas_details is not UNSET:
            field_dict["maas_details"] = maas_details
        if name is not UNSET:
            field_dict["name"] = name
        if pds_features_enabled is not UNSET:
            field_dict["pds_features_enabled"] = pds_features_enabled
        if pxone_features_enabled is not UNSET:
            field_dict["pxone_features_enabled"] = pxone_features_enabled
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.baas_features_enabled = src_dict.get("baas_features_enabled", UNSET)

        _dns_details = src_dict.get("dns_details", UNSET)
        dns_details: DNSDetails | Unset
        if isinstance(_dns_details, Unset):
            dns_details = UNSET
        else:
            dns_details = DNSDetails.from_dict(_dns_details)

        _obj.dns_details = dns_details

        _maas_details = src_dict.get("maas_details", UNSET)
        maas_details: MAASDetails | Unset
        if isinstance(_maas_details, Unset):
            maas_details = UNSET
        else:
            maas_details = MAASDetails.from_dict(_maas_details)

        _obj.maas_details = maas_details

        _obj.name = src_dict.get("name", UNSET)

        _obj.pds_features_enabled = src_dict.get("pds_features_enabled", UNSET)

        _obj.pxone_features_enabled = src_dict.get("pxone_features_enabled", UNSET)

        _obj.subdomain = src_dict.get("subdomain", UNSET)

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
        _obj.baas_features_enabled = _pop("baas_features_enabled", UNSET)

        _dns_details = _pop("dns_details", UNSET)
        _obj.dns_details = UNSET if _dns_details is UNSET else DNSDetails._from_json(_dns_details)

        _maas_details = _pop("maas_details", UNSET)
        _obj.maas_details = UNSET if _maas_details is UNSET else MAASDetails._from_json(_maas_details)

        _obj.name = _pop("name", UNSET)

        _obj.pds_features_enabled = _pop("pds_features_enabled", UNSET)

        _obj.pxone_features_enabled = _pop("pxone_features_enabled", UNSET)

        _obj.subdomain = _pop("subdomain", UNSET)

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
