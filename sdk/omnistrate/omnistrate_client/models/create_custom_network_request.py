from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_features_configuration import NetworkFeaturesConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, NetworkFeaturesConfiguration
    from ..models.network_features_configuration import NetworkFeaturesConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateCustomNetworkRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloudProviderName",
        "cloudProviderRegion",
        "cidr",
        "name",
        "networkFeaturesConfiguration",
    }
)


@_attrs_define
class CreateCustomNetworkRequest:
    """Request body of CreateCustomNetwork

    Attributes:
        cloud_provider_name (str): The name of the cloud provider that the instance is running on.
        cloud_provider_region (str): The region of the cloud provider that the instance is running in.
        cidr (str | Unset): CIDR block for the network Default: '10.0.0.0/16'.
        name (str | Unset): User friendly network name to help distinguish networks with same CIDRs
        network_features_configuration (NetworkFeaturesConfiguration | Unset):
    """

    cloud_provider_name: str
    cloud_provider_region: str
    cidr: str | Unset = "10.0.0.0/16"
    name: str | Unset = UNSET
    network_features_configuration: NetworkFeaturesConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        cloud_provider_name = self.cloud_provider_name

        cloud_provider_region = self.cloud_provider_region

        cidr = self.cidr

        name = self.name

        network_features_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_features_configuration, Unset):
            network_features_configuration = self.network_features_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderName": cloud_provider_name,
                "cloudProviderRegion": cloud_provider_region,
            }
        )
        if cidr is not UNSET:
            field_dict["cidr"] = cidr
        if name is not UNSET:
            field_dict["name"] = name
        if network_features_configuration is not UNSET:
            field_dict["networkFeaturesConfiguration"] = network_features_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.cloud_provider_name = src_dict["cloudProviderName"]

        _obj.cloud_provider_region = src_dict["cloudProviderRegion"]

        _obj.cidr = src_dict.get("cidr", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _network_features_configuration = src_dict.get("networkFeaturesConfiguration", UNSET)
        network_features_configuration: NetworkFeaturesConfiguration | Unset
        if isinstance(_network_features_configuration, Unset):
            network_features_configuration = UNSET
        else:
            network_features_configuration = NetworkFeaturesConfiguration.from_dict(_network_features_configuration)

        _obj.network_features_configuration = network_features_configuration

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
        _obj.cloud_provider_name = _pop("cloudProviderName")

        _obj.cloud_provider_region = _pop("cloudProviderRegion")

        _obj.cidr = _pop("cidr", UNSET)

        _obj.name = _pop("name", UNSET)

        _network_features_configuration = _pop("networkFeaturesConfiguration", UNSET)
        _obj.network_features_configuration = (
            UNSET
            if _network_features_configuration is UNSET
            else NetworkFeaturesConfiguration._from_json(_network_features_configuration)
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
