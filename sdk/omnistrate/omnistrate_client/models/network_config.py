from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.private_networking_configuration import PrivateNetworkingConfiguration
    from ..models.public_networking_configuration import PublicNetworkingConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, PrivateNetworkingConfiguration, PublicNetworkingConfiguration
    from ..models.private_networking_configuration import PrivateNetworkingConfiguration  # noqa: PLC0415
    from ..models.public_networking_configuration import PublicNetworkingConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="NetworkConfig")


@_attrs_define
class NetworkConfig:
    """
    Attributes:
        description (str): A brief description of the network config
        endpoint_per_replica (bool): Generates a DNS endpoint per-replica for this network config
        id (str): ID of a Network Config
        internal (bool): Restrict access to this network config to the internal network
        name (str): Name of the network config
        open_ports (list[int]): Ports to map to the generated DNS endpoint
        service_id (str): ID of a Service
        stable_egress_ip (bool): Create an external node load balancer per node rather than expose the node ip directly
        zone_configuration (str): The preferred type of zonal availability for this resource and the specific zone(s) to
            deploy in
        infra_config_i_ds (list[str] | Unset): The list of infra config IDs associated with the compute config.
        private_networking_configuration (PrivateNetworkingConfiguration | Unset): The private networking configuration
            for the network config
        public_networking_configuration (PublicNetworkingConfiguration | Unset): The public networking configuration for
            the network config
        tls_termination_port (int | Unset): The port that hosts the reverse proxy for TLS termination
    """

    description: str
    endpoint_per_replica: bool
    id: str
    internal: bool
    name: str
    open_ports: list[int]
    service_id: str
    stable_egress_ip: bool
    zone_configuration: str
    infra_config_i_ds: list[str] | Unset = UNSET
    private_networking_configuration: PrivateNetworkingConfiguration | Unset = UNSET
    public_networking_configuration: PublicNetworkingConfiguration | Unset = UNSET
    tls_termination_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        endpoint_per_replica = self.endpoint_per_replica

        id = self.id

        internal = self.internal

        name = self.name

        open_ports = self.open_ports

        service_id = self.service_id

        stable_egress_ip = self.stable_egress_ip

        zone_configuration = self.zone_configuration

        infra_config_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.infra_config_i_ds, Unset):
            infra_config_i_ds = self.infra_config_i_ds

        private_networking_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_networking_configuration, Unset):
            private_networking_configuration = self.private_networking_configuration.to_dict()

        public_networking_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_networking_configuration, Unset):
            public_networking_configuration = self.public_networking_configuration.to_dict()

        tls_termination_port = self.tls_termination_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "endpointPerReplica": endpoint_per_replica,
                "id": id,
                "internal": internal,
                "name": name,
                "openPorts": open_ports,
                "serviceId": service_id,
                "stableEgressIP": stable_egress_ip,
                "zoneConfiguration": zone_configuration,
            }
        )
        if infra_config_i_ds is not UNSET:
            field_dict["infraConfigIDs"] = infra_config_i_ds
        if private_networking_configuration is not UNSET:
            field_dict["privateNetworkingConfiguration"] = private_networking_configuration
        if public_networking_configuration is not UNSET:
            field_dict["publicNetworkingConfiguration"] = public_networking_configuration
        if tls_termination_port is not UNSET:
            field_dict["tlsTerminationPort"] = tls_termination_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        description = d.pop("description")

        endpoint_per_replica = d.pop("endpointPerReplica")

        id = d.pop("id")

        internal = d.pop("internal")

        name = d.pop("name")

        open_ports = cast(list[int], d.pop("openPorts"))

        service_id = d.pop("serviceId")

        stable_egress_ip = d.pop("stableEgressIP")

        zone_configuration = d.pop("zoneConfiguration")

        infra_config_i_ds = cast(list[str], d.pop("infraConfigIDs", UNSET))

        _private_networking_configuration = d.pop("privateNetworkingConfiguration", UNSET)
        private_networking_configuration: PrivateNetworkingConfiguration | Unset
        if isinstance(_private_networking_configuration, Unset):
            private_networking_configuration = UNSET
        else:
            private_networking_configuration = PrivateNetworkingConfiguration.from_dict(
                _private_networking_configuration
            )

        _public_networking_configuration = d.pop("publicNetworkingConfiguration", UNSET)
        public_networking_configuration: PublicNetworkingConfiguration | Unset
        if isinstance(_public_networking_configuration, Unset):
            public_networking_configuration = UNSET
        else:
            public_networking_configuration = PublicNetworkingConfiguration.from_dict(_public_networking_configuration)

        tls_termination_port = d.pop("tlsTerminationPort", UNSET)

        network_config = cls(
            description=description,
            endpoint_per_replica=endpoint_per_replica,
            id=id,
            internal=internal,
            name=name,
            open_ports=open_ports,
            service_id=service_id,
            stable_egress_ip=stable_egress_ip,
            zone_configuration=zone_configuration,
            infra_config_i_ds=infra_config_i_ds,
            private_networking_configuration=private_networking_configuration,
            public_networking_configuration=public_networking_configuration,
            tls_termination_port=tls_termination_port,
        )

        network_config.additional_properties = d
        return network_config

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
