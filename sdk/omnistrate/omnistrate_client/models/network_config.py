# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.private_networking_configuration import (
        PrivateNetworkingConfiguration,
        PrivateNetworkingConfigurationDict,
    )
    from ..models.public_networking_configuration import (
        PublicNetworkingConfiguration,
        PublicNetworkingConfigurationDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, PrivateNetworkingConfiguration, PublicNetworkingConfiguration
    from ..models.private_networking_configuration import PrivateNetworkingConfiguration  # noqa: PLC0415
    from ..models.public_networking_configuration import PublicNetworkingConfiguration  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "endpoint_per_replica",
    "id",
    "internal",
    "name",
    "open_ports",
    "service_id",
    "stable_egress_ip",
    "zone_configuration",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "infra_config_i_ds",
    "private_networking_configuration",
    "public_networking_configuration",
    "tls_termination_port",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
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


# `NetworkConfig` as a plain mapping of its JSON shape, accepted wherever a `NetworkConfig` is.
class NetworkConfigDict(TypedDict, total=False):
    description: Required[str]
    endpointPerReplica: Required[bool]
    id: Required[str]
    internal: Required[bool]
    name: Required[str]
    openPorts: Required[list[int]]
    serviceId: Required[str]
    stableEgressIP: Required[bool]
    zoneConfiguration: Required[str]
    infraConfigIDs: list[str]
    privateNetworkingConfiguration: PrivateNetworkingConfigurationDict
    publicNetworkingConfiguration: PublicNetworkingConfigurationDict
    tlsTerminationPort: int


@_attrs_define(init=False, repr=False)
class NetworkConfig:
    """Attributes:
    description (str): A brief description of the network config
    endpoint_per_replica (bool): Generates a DNS endpoint per-replica for this network config
    id (str): ID of a Network Config
    internal (bool): Restrict access to this network config to the internal network
    name (str): Name of the network config
    open_ports (list[int]): Ports to map to the generated DNS endpoint
    service_id (str): ID of a Service
    stable_egress_ip (bool): Create an external node load balancer per node rather than expose the node ip directly
    zone_configuration (str): The preferred type of zonal availability for this resource and the specific zone(s) to deploy in
    infra_config_i_ds (list[str] | None): The list of infra config IDs associated with the compute config.
    private_networking_configuration (PrivateNetworkingConfiguration | None): The private networking configuration for the network config
    public_networking_configuration (PublicNetworkingConfiguration | None): The public networking configuration for the network config
    tls_termination_port (int | None): The port that hosts the reverse proxy for TLS termination
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
    infra_config_i_ds: list[str] | None = None
    private_networking_configuration: PrivateNetworkingConfiguration | None = None
    public_networking_configuration: PublicNetworkingConfiguration | None = None
    tls_termination_port: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        endpoint_per_replica: bool,
        id: str,
        internal: bool,
        name: str,
        open_ports: list[int],
        service_id: str,
        stable_egress_ip: bool,
        zone_configuration: str,
        infra_config_i_ds: list[str] | None | Unset = UNSET,
        private_networking_configuration: PrivateNetworkingConfiguration
        | PrivateNetworkingConfigurationDict
        | None
        | Unset = UNSET,
        public_networking_configuration: PublicNetworkingConfiguration
        | PublicNetworkingConfigurationDict
        | None
        | Unset = UNSET,
        tls_termination_port: int | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.endpoint_per_replica = endpoint_per_replica
        self.id = id
        self.internal = internal
        self.name = name
        self.open_ports = open_ports
        self.service_id = service_id
        self.stable_egress_ip = stable_egress_ip
        self.zone_configuration = zone_configuration
        self.infra_config_i_ds = (
            None if infra_config_i_ds is None or isinstance(infra_config_i_ds, Unset) else infra_config_i_ds
        )
        if infra_config_i_ds is None:
            _nulls_given.append("infra_config_i_ds")
        self.private_networking_configuration = (
            None
            if private_networking_configuration is None or isinstance(private_networking_configuration, Unset)
            else private_networking_configuration
            if isinstance(private_networking_configuration, PrivateNetworkingConfiguration)
            else PrivateNetworkingConfiguration.from_dict(private_networking_configuration)
        )
        if private_networking_configuration is None:
            _nulls_given.append("private_networking_configuration")
        self.public_networking_configuration = (
            None
            if public_networking_configuration is None or isinstance(public_networking_configuration, Unset)
            else public_networking_configuration
            if isinstance(public_networking_configuration, PublicNetworkingConfiguration)
            else PublicNetworkingConfiguration.from_dict(public_networking_configuration)
        )
        if public_networking_configuration is None:
            _nulls_given.append("public_networking_configuration")
        self.tls_termination_port = (
            None if tls_termination_port is None or isinstance(tls_termination_port, Unset) else tls_termination_port
        )
        if tls_termination_port is None:
            _nulls_given.append("tls_termination_port")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["endpointPerReplica"] = self.endpoint_per_replica
        field_dict["id"] = self.id
        field_dict["internal"] = self.internal
        field_dict["name"] = self.name
        field_dict["openPorts"] = list(self.open_ports)
        field_dict["serviceId"] = self.service_id
        field_dict["stableEgressIP"] = self.stable_egress_ip
        field_dict["zoneConfiguration"] = self.zone_configuration
        if self.infra_config_i_ds is not None:
            field_dict["infraConfigIDs"] = list(self.infra_config_i_ds)
        elif "infra_config_i_ds" in self._nulls:
            field_dict["infraConfigIDs"] = None
        if self.private_networking_configuration is not None:
            field_dict["privateNetworkingConfiguration"] = self.private_networking_configuration.to_dict()
        elif "private_networking_configuration" in self._nulls:
            field_dict["privateNetworkingConfiguration"] = None
        if self.public_networking_configuration is not None:
            field_dict["publicNetworkingConfiguration"] = self.public_networking_configuration.to_dict()
        elif "public_networking_configuration" in self._nulls:
            field_dict["publicNetworkingConfiguration"] = None
        if self.tls_termination_port is not None:
            field_dict["tlsTerminationPort"] = self.tls_termination_port
        elif "tls_termination_port" in self._nulls:
            field_dict["tlsTerminationPort"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "NetworkConfig")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "NetworkConfig")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "endpointPerReplica"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.endpoint_per_replica = _v

            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "internal"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.internal = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "openPorts"
            _v = _get(_f, _MISSING)
            _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r6: list[int] = []
            for _i6, _x6 in enumerate(_l6):
                try:
                    if type(_x6) is not int:
                        raise _m.bad("an integer", _x6)
                    _v6 = _x6

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i6) from None
                _r6.append(_v6)
            _obj.open_ports = _r6

            _f = "serviceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "stableEgressIP"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.stable_egress_ip = _v

            _f = "zoneConfiguration"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.zone_configuration = _v

            _f = "infraConfigIDs"
            _v = _get(_f, None)
            if _v is None:
                _obj.infra_config_i_ds = None
            else:
                _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i10, _x10 in enumerate(_l10):
                    if type(_x10) is not str and not isinstance(_x10, str):
                        raise _m.bad("a string", _x10).at_index(_i10)
                _obj.infra_config_i_ds = _l10[:]

            _f = "privateNetworkingConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.private_networking_configuration = None
            else:
                _obj.private_networking_configuration = PrivateNetworkingConfiguration._parse(_v)

            _f = "publicNetworkingConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.public_networking_configuration = None
            else:
                _obj.public_networking_configuration = PublicNetworkingConfiguration._parse(_v)

            _f = "tlsTerminationPort"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls_termination_port = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.tls_termination_port = _v

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 9
        _f = ""
        try:
            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "endpointPerReplica"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.endpoint_per_replica = _v

            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "internal"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.internal = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "openPorts"
            _v = src[_f]
            _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r6: list[int] = []
            for _i6, _x6 in enumerate(_l6):
                try:
                    if type(_x6) is not int:
                        raise _m.bad("an integer", _x6)
                    _v6 = _x6

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i6) from None
                _r6.append(_v6)
            _obj.open_ports = _r6

            _f = "serviceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "stableEgressIP"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.stable_egress_ip = _v

            _f = "zoneConfiguration"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.zone_configuration = _v

            _f = "infraConfigIDs"
            _v = src.get(_f)
            if _v is None:
                _obj.infra_config_i_ds = None
            else:
                _n += 1
                _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i10, _x10 in enumerate(_l10):
                    if type(_x10) is not str and not isinstance(_x10, str):
                        raise _m.bad("a string", _x10).at_index(_i10)
                _obj.infra_config_i_ds = _l10

            _f = "privateNetworkingConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.private_networking_configuration = None
            else:
                _n += 1
                _obj.private_networking_configuration = PrivateNetworkingConfiguration._from_json(_v)

            _f = "publicNetworkingConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.public_networking_configuration = None
            else:
                _n += 1
                _obj.public_networking_configuration = PublicNetworkingConfiguration._from_json(_v)

            _f = "tlsTerminationPort"
            _v = src.get(_f)
            if _v is None:
                _obj.tls_termination_port = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.tls_termination_port = _v

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
        _obj._nulls = _m.NO_NULLS
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
