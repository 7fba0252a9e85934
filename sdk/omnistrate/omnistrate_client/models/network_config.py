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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "endpointPerReplica",
        "id",
        "internal",
        "name",
        "openPorts",
        "serviceId",
        "stableEgressIP",
        "zoneConfiguration",
        "infraConfigIDs",
        "privateNetworkingConfiguration",
        "publicNetworkingConfiguration",
        "tlsTerminationPort",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.endpoint_per_replica = src_dict["endpointPerReplica"]

        _obj.id = src_dict["id"]

        _obj.internal = src_dict["internal"]

        _obj.name = src_dict["name"]

        open_ports = cast(list[int], src_dict["openPorts"])

        _obj.open_ports = open_ports

        _obj.service_id = src_dict["serviceId"]

        _obj.stable_egress_ip = src_dict["stableEgressIP"]

        _obj.zone_configuration = src_dict["zoneConfiguration"]

        infra_config_i_ds = cast(list[str], src_dict.get("infraConfigIDs", UNSET))

        _obj.infra_config_i_ds = infra_config_i_ds

        _private_networking_configuration = src_dict.get("privateNetworkingConfiguration", UNSET)
        private_networking_configuration: PrivateNetworkingConfiguration | Unset
        if isinstance(_private_networking_configuration, Unset):
            private_networking_configuration = UNSET
        else:
            private_networking_configuration = PrivateNetworkingConfiguration.from_dict(
                _private_networking_configuration
            )

        _obj.private_networking_configuration = private_networking_configuration

        _public_networking_configuration = src_dict.get("publicNetworkingConfiguration", UNSET)
        public_networking_configuration: PublicNetworkingConfiguration | Unset
        if isinstance(_public_networking_configuration, Unset):
            public_networking_configuration = UNSET
        else:
            public_networking_configuration = PublicNetworkingConfiguration.from_dict(_public_networking_configuration)

        _obj.public_networking_configuration = public_networking_configuration

        _obj.tls_termination_port = src_dict.get("tlsTerminationPort", UNSET)

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
        _obj.description = _pop("description")

        _obj.endpoint_per_replica = _pop("endpointPerReplica")

        _obj.id = _pop("id")

        _obj.internal = _pop("internal")

        _obj.name = _pop("name")

        open_ports = cast(list[int], _pop("openPorts"))

        _obj.open_ports = open_ports

        _obj.service_id = _pop("serviceId")

        _obj.stable_egress_ip = _pop("stableEgressIP")

        _obj.zone_configuration = _pop("zoneConfiguration")

        infra_config_i_ds = cast(list[str], _pop("infraConfigIDs", UNSET))

        _obj.infra_config_i_ds = infra_config_i_ds

        _private_networking_configuration = _pop("privateNetworkingConfiguration", UNSET)
        _obj.private_networking_configuration = (
            UNSET
            if _private_networking_configuration is UNSET
            else PrivateNetworkingConfiguration._from_json(_private_networking_configuration)
        )

        _public_networking_configuration = _pop("publicNetworkingConfiguration", UNSET)
        _obj.public_networking_configuration = (
            UNSET
            if _public_networking_configuration is UNSET
            else PublicNetworkingConfiguration._from_json(_public_networking_configuration)
        )

        _obj.tls_termination_port = _pop("tlsTerminationPort", UNSET)

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
