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


T = TypeVar("T", bound="CreateNetworkConfigRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "endpointPerReplica",
        "name",
        "internal",
        "openPorts",
        "privateNetworkingConfiguration",
        "publicNetworkingConfiguration",
        "stableEgressIP",
        "tlsTerminationPort",
        "zoneConfiguration",
    }
)


@_attrs_define
class CreateNetworkConfigRequest:
    """Request body of CreateNetworkConfig

    Attributes:
        description (str): A brief description of the network config
        endpoint_per_replica (bool): Generates a DNS endpoint per-replica for this network config
        name (str): Name of the network config
        internal (bool | Unset): Restrict access to this network config to the internal network Default: False.
        open_ports (list[int] | Unset): Ports to map to the generated DNS endpoint
        private_networking_configuration (PrivateNetworkingConfiguration | Unset): The private networking configuration
            for the network config
        public_networking_configuration (PublicNetworkingConfiguration | Unset): The public networking configuration for
            the network config
        stable_egress_ip (bool | Unset): Enable stable egress IP
        tls_termination_port (int | Unset): The port that hosts the reverse proxy for TLS termination
        zone_configuration (str | Unset): The preferred type of zonal availability for this resource and the specific
            zone(s) to deploy in
    """

    description: str
    endpoint_per_replica: bool
    name: str
    internal: bool | Unset = False
    open_ports: list[int] | Unset = UNSET
    private_networking_configuration: PrivateNetworkingConfiguration | Unset = UNSET
    public_networking_configuration: PublicNetworkingConfiguration | Unset = UNSET
    stable_egress_ip: bool | Unset = UNSET
    tls_termination_port: int | Unset = UNSET
    zone_configuration: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        endpoint_per_replica = self.endpoint_per_replica

        name = self.name

        internal = self.internal

        open_ports: list[int] | Unset = UNSET
        if not isinstance(self.open_ports, Unset):
            open_ports = self.open_ports

        private_networking_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_networking_configuration, Unset):
            private_networking_configuration = self.private_networking_configuration.to_dict()

        public_networking_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_networking_configuration, Unset):
            public_networking_configuration = self.public_networking_configuration.to_dict()

        stable_egress_ip = self.stable_egress_ip

        tls_termination_port = self.tls_termination_port

        zone_configuration = self.zone_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "endpointPerReplica": endpoint_per_replica,
                "name": name,
            }
        )
        if internal is not UNSET:
            field_dict["internal"] = internal
        if open_ports is not UNSET:
            field_dict["openPorts"] = open_ports
        if private_networking_configuration is not UNSET:
            field_dict["privateNetworkingConfiguration"] = private_networking_configuration
        if public_networking_configuration is not UNSET:
            field_dict["publicNetworkingConfiguration"] = public_networking_configuration
        if stable_egress_ip is not UNSET:
            field_dict["stableEgressIP"] = stable_egress_ip
        if tls_termination_port is not UNSET:
            field_dict["tlsTerminationPort"] = tls_termination_port
        if zone_configuration is not UNSET:
            field_dict["zoneConfiguration"] = zone_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.endpoint_per_replica = src_dict["endpointPerReplica"]

        _obj.name = src_dict["name"]

        _obj.internal = src_dict.get("internal", UNSET)

        open_ports = cast(list[int], src_dict.get("openPorts", UNSET))

        _obj.open_ports = open_ports

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

        _obj.stable_egress_ip = src_dict.get("stableEgressIP", UNSET)

        _obj.tls_termination_port = src_dict.get("tlsTerminationPort", UNSET)

        _obj.zone_configuration = src_dict.get("zoneConfiguration", UNSET)

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

        _obj.name = _pop("name")

        _obj.internal = _pop("internal", UNSET)

        open_ports = cast(list[int], _pop("openPorts", UNSET))

        _obj.open_ports = open_ports

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

        _obj.stable_egress_ip = _pop("stableEgressIP", UNSET)

        _obj.tls_termination_port = _pop("tlsTerminationPort", UNSET)

        _obj.zone_configuration = _pop("zoneConfiguration", UNSET)

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
