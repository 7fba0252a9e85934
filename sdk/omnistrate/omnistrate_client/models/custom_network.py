from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_network_instance import CustomNetworkInstance
    from ..models.network_features_configuration import NetworkFeaturesConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, CustomNetworkInstance, NetworkFeaturesConfiguration
    from ..models.custom_network_instance import CustomNetworkInstance  # noqa: PLC0415
    from ..models.network_features_configuration import NetworkFeaturesConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CustomNetwork")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloudProviderName",
        "cloudProviderRegion",
        "id",
        "cidr",
        "name",
        "networkDefinitionType",
        "networkFeaturesConfiguration",
        "networkInstances",
        "owningUserId",
        "owningUserName",
    }
)


@_attrs_define
class CustomNetwork:
    """
    Attributes:
        cloud_provider_name (str): Name of the Infra Provider
        cloud_provider_region (str): The region of the cloud provider that the instance is running in.
        id (str): ID of a custom network
        cidr (str | Unset): CIDR block for the network Default: '10.0.0.0/16'.
        name (str | Unset): User friendly network name to help distinguish networks with same CIDRs
        network_definition_type (str | Unset): Type of the network definition
        network_features_configuration (NetworkFeaturesConfiguration | Unset):
        network_instances (list[CustomNetworkInstance] | Unset): List of network instances created within this custom
            network
        owning_user_id (str | Unset): ID of a User
        owning_user_name (str | Unset): The name of the user that created and owns the custom network
    """

    cloud_provider_name: str
    cloud_provider_region: str
    id: str
    cidr: str | Unset = "10.0.0.0/16"
    name: str | Unset = UNSET
    network_definition_type: str | Unset = UNSET
    network_features_configuration: NetworkFeaturesConfiguration | Unset = UNSET
    network_instances: list[CustomNetworkInstance] | Unset = UNSET
    owning_user_id: str | Unset = UNSET
    owning_user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        cloud_provider_name = self.cloud_provider_name

        cloud_provider_region = self.cloud_provider_region

        id = self.id

        cidr = self.cidr

        name = self.name

        network_definition_type = self.network_definition_type

        network_features_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_features_configuration, Unset):
            network_features_configuration = self.network_features_configuration.to_dict()

        network_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.network_instances, Unset):
            network_instances = []
            for network_instances_item_data in self.network_instances:
                network_instances_item = network_instances_item_data.to_dict()
                network_instances.append(network_instances_item)

        owning_user_id = self.owning_user_id

        owning_user_name = self.owning_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderName": cloud_provider_name,
                "cloudProviderRegion": cloud_provider_region,
                "id": id,
            }
        )
        if cidr is not UNSET:
            field_dict["cidr"] = cidr
        if name is not UNSET:
            field_dict["name"] = name
        if network_definition_type is not UNSET:
            field_dict["networkDefinitionType"] = network_definition_type
        if network_features_configuration is not UNSET:
            field_dict["networkFeaturesConfiguration"] = network_features_configuration
        if network_instances is not UNSET:
            field_dict["networkInstances"] = network_instances
        if owning_user_id is not UNSET:
            field_dict["owningUserId"] = owning_user_id
        if owning_user_name is not UNSET:
            field_dict["owningUserName"] = owning_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.cloud_provider_name = src_dict["cloudProviderName"]

        _obj.cloud_provider_region = src_dict["cloudProviderRegion"]

        _obj.id = src_dict["id"]

        _obj.cidr = src_dict.get("cidr", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.network_definition_type = src_dict.get("networkDefinitionType", UNSET)

        _network_features_configuration = src_dict.get("networkFeaturesConfiguration", UNSET)
        network_features_configuration: NetworkFeaturesConfiguration | Unset
        if isinstance(_network_features_configuration, Unset):
            network_features_configuration = UNSET
        else:
            network_features_configuration = NetworkFeaturesConfiguration.from_dict(_network_features_configuration)

        _obj.network_features_configuration = network_features_configuration

        _network_instances = src_dict.get("networkInstances", UNSET)
        network_instances: list[CustomNetworkInstance] | Unset = UNSET
        if _network_instances is not UNSET:
            _network_instances_item = CustomNetworkInstance.from_dict
            network_instances = [_network_instances_item(item) for item in _network_instances]

        _obj.network_instances = network_instances

        _obj.owning_user_id = src_dict.get("owningUserId", UNSET)

        _obj.owning_user_name = src_dict.get("owningUserName", UNSET)

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

        _obj.id = _pop("id")

        _obj.cidr = _pop("cidr", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.network_definition_type = _pop("networkDefinitionType", UNSET)

        _network_features_configuration = _pop("networkFeaturesConfiguration", UNSET)
        _obj.network_features_configuration = (
            UNSET
            if _network_features_configuration is UNSET
            else NetworkFeaturesConfiguration._from_json(_network_features_configuration)
        )

        _network_instances = _pop("networkInstances", UNSET)
        if _network_instances is not UNSET:
            _network_instances[:] = map(CustomNetworkInstance._from_json, _network_instances)
        _obj.network_instances = _network_instances

        _obj.owning_user_id = _pop("owningUserId", UNSET)

        _obj.owning_user_name = _pop("owningUserName", UNSET)

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
