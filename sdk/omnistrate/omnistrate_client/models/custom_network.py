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
        d = dict(src_dict)
        cloud_provider_name = d.pop("cloudProviderName")

        cloud_provider_region = d.pop("cloudProviderRegion")

        id = d.pop("id")

        cidr = d.pop("cidr", UNSET)

        name = d.pop("name", UNSET)

        network_definition_type = d.pop("networkDefinitionType", UNSET)

        _network_features_configuration = d.pop("networkFeaturesConfiguration", UNSET)
        network_features_configuration: NetworkFeaturesConfiguration | Unset
        if isinstance(_network_features_configuration, Unset):
            network_features_configuration = UNSET
        else:
            network_features_configuration = NetworkFeaturesConfiguration.from_dict(_network_features_configuration)

        _network_instances = d.pop("networkInstances", UNSET)
        network_instances: list[CustomNetworkInstance] | Unset = UNSET
        if _network_instances is not UNSET:
            network_instances = []
            for network_instances_item_data in _network_instances:
                network_instances_item = CustomNetworkInstance.from_dict(network_instances_item_data)

                network_instances.append(network_instances_item)

        owning_user_id = d.pop("owningUserId", UNSET)

        owning_user_name = d.pop("owningUserName", UNSET)

        custom_network = cls(
            cloud_provider_name=cloud_provider_name,
            cloud_provider_region=cloud_provider_region,
            id=id,
            cidr=cidr,
            name=name,
            network_definition_type=network_definition_type,
            network_features_configuration=network_features_configuration,
            network_instances=network_instances,
            owning_user_id=owning_user_id,
            owning_user_name=owning_user_name,
        )

        custom_network.additional_properties = d
        return custom_network

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
