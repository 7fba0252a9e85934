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
    from ..models.gateway_spec_addresses_item_type_0 import (
        GatewaySpecAddressesItemType0,
        GatewaySpecAddressesItemType0Dict,
    )
    from ..models.gateway_spec_addresses_item_type_1 import (
        GatewaySpecAddressesItemType1,
        GatewaySpecAddressesItemType1Dict,
    )
    from ..models.gateway_spec_infrastructure import GatewaySpecInfrastructure, GatewaySpecInfrastructureDict
    from ..models.gateway_spec_listeners_item import GatewaySpecListenersItem, GatewaySpecListenersItemDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        GatewaySpecAddressesItemType0, \
        GatewaySpecAddressesItemType1, \
        GatewaySpecInfrastructure, \
        GatewaySpecListenersItem
    from ..models.gateway_spec_addresses_item_type_0 import GatewaySpecAddressesItemType0  # noqa: PLC0415
    from ..models.gateway_spec_addresses_item_type_1 import GatewaySpecAddressesItemType1  # noqa: PLC0415
    from ..models.gateway_spec_infrastructure import GatewaySpecInfrastructure  # noqa: PLC0415
    from ..models.gateway_spec_listeners_item import GatewaySpecListenersItem  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "gateway_class_name",
    "listeners",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "addresses",
    "infrastructure",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "gatewayClassName",
        "listeners",
        "addresses",
        "infrastructure",
    }
)


# `GatewaySpec` as a plain mapping of its JSON shape, accepted wherever a `GatewaySpec` is.
class GatewaySpecDict(TypedDict, total=False):
    gatewayClassName: Required[str]
    listeners: Required[list[GatewaySpecListenersItemDict]]
    addresses: list[GatewaySpecAddressesItemType0Dict | GatewaySpecAddressesItemType1Dict]
    infrastructure: GatewaySpecInfrastructureDict


@_attrs_define(init=False, repr=False)
class GatewaySpec:
    """Spec defines the desired state of Gateway.

    Attributes:
            gateway_class_name (str): GatewayClassName used for this Gateway. This is the name of a
                GatewayClass resource.
            listeners (list[GatewaySpecListenersItem]): Listeners associated with this Gateway. Listeners define
                logical endpoints that are bound on this Gateway's addresses.
                At least one Listener MUST be specified.

                Each Listener in a set of Listeners (for example, in a single Gateway)
                MUST be _distinct_, in that a traffic flow MUST be able to be assigned to
                exactly one listener. (This section uses "set of Listeners" rather than
                "Listeners in a single Gateway" because implementations MAY merge configuration
                from multiple Gateways onto a single data plane, and these rules _also_
                apply in that case).

                Practically, this means that each listener in a set MUST have a unique
                combination of Port, Protocol, and, if supported by the protocol, Hostname.

                Some combinations of port, protocol, and TLS settings are considered
                Core support and MUST be supported by implementations based on their
                targeted conformance profile:

                HTTP Profile

                1. HTTPRoute, Port: 80, Protocol: HTTP
                2. HTTPRoute, Port: 443, Protocol: HTTPS, TLS Mode: Terminate, TLS keypair provided

                TLS Profile

                1. TLSRoute, Port: 443, Protocol: TLS, TLS Mode: Passthrough

                "Distinct" Listeners have the following property:

                The implementation can match inbound requests to a single distinct
                Listener. When multiple Listeners share values for fields (for
                example, two Listeners with the same Port value), the implementation
                can match requests to only one of the Listeners using other
                Listener fields.

                For example, the following Listener scenarios are distinct:

                1. Multiple Listeners with the same Port that all use the "HTTP"
                   Protocol that all have unique Hostname values.
                2. Multiple Listeners with the same Port that use either the "HTTPS" or
                   "TLS" Protocol that all have unique Hostname values.
                3. A mixture of "TCP" and "UDP" Protocol Listeners, where no Listener
                   with the same Protocol has the same Port value.

                Some fields in the Listener struct have possible values that affect
                whether the Listener is distinct. Hostname is particularly relevant
                for HTTP or HTTPS protocols.

                When using the Hostname value to select between same-Port, same-Protocol
                Listeners, the Hostname value must be different on each Listener for the
                Listener to be distinct.

                When the Listeners are distinct based on Hostname, inbound request
                hostnames MUST match from the most specific to least specific Hostname
                values to choose the correct Listener and its associated set of Routes.

                Exact matches must be processed before wildcard matches, and wildcard
                matches must be processed before fallback (empty Hostname value)
                matches. For example, `"foo.example.com"` takes precedence over
                `"*.example.com"`, and `"*.example.com"` takes precedence over `""`.

                Additionally, if there are multiple wildcard entries, more specific
                wildcard entries must be processed before less specific wildcard entries.
                For example, `"*.foo.example.com"` takes precedence over `"*.example.com"`.
                The precise definition here is that the higher the number of dots in the
                hostname to the right of the wildcard character, the higher the precedence.

                The wildcard character will match any number of characters _and dots_ to
                the left, however, so `"*.example.com"` will match both
                `"foo.bar.example.com"` _and_ `"bar.example.com"`.

                If a set of Listeners contains Listeners that are not distinct, then those
                Listeners are Conflicted, and the implementation MUST set the "Conflicted"
                condition in the Listener Status to "True".

                Implementations MAY choose to accept a Gateway with some Conflicted
                Listeners only if they only accept the partial Listener set that contains
                no Conflicted Listeners. To put this another way, implementations may
                accept a partial Listener set only if they throw out *all* the conflicting
                Listeners. No picking one of the conflicting listeners as the winner.
                This also means that the Gateway must have at least one non-conflicting
                Listener in this case, otherwise it violates the requirement that at
                least one Listener must be present.

                The implementation MUST set a "ListenersNotValid" condition on the
                Gateway Status when the Gateway contains Conflicted Listeners whether or
                not they accept the Gateway. That Condition SHOULD clearly
                indicate in the Message which Listeners are conflicted, and which are
                Accepted. Additionally, the Listener status for those listeners SHOULD
                indicate which Listeners are conflicted and not Accepted.

                A Gateway's Listeners are considered "compatible" if:

                1. They are distinct.
                2. The implementation can serve them in compliance with the Addresses
                   requirement that all Listeners are available on all assigned
                   addresses.

                Compatible combinations in Extended support are expected to vary across
                implementations. A combination that is compatible for one implementation
                may not be compatible for another.

                For example, an implementation that cannot serve both TCP and UDP listeners
                on the same address, or cannot mix HTTPS and generic TLS listens on the same port
                would not consider those cases compatible, even though they are distinct.

                Note that requests SHOULD match at most one Listener. For example, if
                Listeners are defined for "foo.example.com" and "*.example.com", a
                request to "foo.example.com" SHOULD only be routed using routes attached
                to the "foo.example.com" Listener (and not the "*.example.com" Listener).
                This concept is known as "Listener Isolation". Implementations that do
                not support Listener Isolation MUST clearly document this.

                Implementations MAY merge separate Gateways onto a single set of
                Addresses if all Listeners across all Gateways are compatible.

                Support: Core
            addresses (list[GatewaySpecAddressesItemType0 | GatewaySpecAddressesItemType1] | None): Addresses requested for this Gateway. This is optional and behavior can
                depend on the implementation. If a value is set in the spec and the
                requested address is invalid or unavailable, the implementation MUST
                indicate this in the associated entry in GatewayStatus.Addresses.

                The Addresses field represents a request for the address(es) on the
                "outside of the Gateway", that traffic bound for this Gateway will use.
                This could be the IP address or hostname of an external load balancer or
                other networking infrastructure, or some other address that traffic will
                be sent to.

                If no Addresses are specified, the implementation MAY schedule the
                Gateway in an implementation-specific manner, assigning an appropriate
                set of Addresses.

                The implementation MUST bind all Listeners to every GatewayAddress that
                it assigns to the Gateway and add a corresponding entry in
                GatewayStatus.Addresses.

                Support: Extended

            infrastructure (GatewaySpecInfrastructure | None): Infrastructure defines infrastructure level attributes about this Gateway instance.

                Support: Extended
    """

    gateway_class_name: str
    listeners: list[GatewaySpecListenersItem]
    addresses: list[GatewaySpecAddressesItemType0 | GatewaySpecAddressesItemType1] | None = None
    infrastructure: GatewaySpecInfrastructure | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        gateway_class_name: str,
        listeners: Sequence[GatewaySpecListenersItem | GatewaySpecListenersItemDict],
        addresses: list[GatewaySpecAddressesItemType0 | GatewaySpecAddressesItemType1] | None | Unset = UNSET,
        infrastructure: GatewaySpecInfrastructure | GatewaySpecInfrastructureDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.gateway_class_name = gateway_class_name
        self.listeners = [
            _item if isinstance(_item, GatewaySpecListenersItem) else GatewaySpecListenersItem.from_dict(_item)
            for _item in listeners
        ]
        self.addresses = None if addresses is None or isinstance(addresses, Unset) else addresses
        if addresses is None:
            _nulls_given.append("addresses")
        self.infrastructure = (
            None
            if infrastructure is None or isinstance(infrastructure, Unset)
            else infrastructure
            if isinstance(infrastructure, GatewaySpecInfrastructure)
            else GatewaySpecInfrastructure.from_dict(infrastructure)
        )
        if infrastructure is None:
            _nulls_given.append("infrastructure")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["gatewayClassName"] = self.gateway_class_name
        field_dict["listeners"] = [_item.to_dict() for _item in self.listeners]
        if self.addresses is not None:
            field_dict["addresses"] = _m.dump(self.addresses)
        elif "addresses" in self._nulls:
            field_dict["addresses"] = None
        if self.infrastructure is not None:
            field_dict["infrastructure"] = self.infrastructure.to_dict()
        elif "infrastructure" in self._nulls:
            field_dict["infrastructure"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GatewaySpec")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewaySpec")

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
            _f = "gatewayClassName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.gateway_class_name = _v

            _f = "listeners"
            _v = _get(_f, _MISSING)
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it2 = iter(_l2)
            try:
                _l2 = list(map(GatewaySpecListenersItem._parse, _it2))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
            _obj.listeners = _l2

            _f = "addresses"
            _v = _get(_f, None)
            if _v is None:
                _obj.addresses = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r3: list[GatewaySpecAddressesItemType0 | GatewaySpecAddressesItemType1] = []
                for _i3, _x3 in enumerate(_l3):
                    try:
                        _u3i: GatewaySpecAddressesItemType0 | GatewaySpecAddressesItemType1
                        try:
                            _u3i = GatewaySpecAddressesItemType0._parse(_x3)

                        except _m.PARSE_ERRORS:
                            try:
                                _u3i = GatewaySpecAddressesItemType1._parse(_x3)

                            except _m.PARSE_ERRORS:
                                raise _m.bad(
                                    "GatewaySpecAddressesItemType0 or GatewaySpecAddressesItemType1", _x3
                                ) from None

                        _v3 = _u3i

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i3) from None
                    _r3.append(_v3)
                _obj.addresses = _r3

            _f = "infrastructure"
            _v = _get(_f, None)
            if _v is None:
                _obj.infrastructure = None
            else:
                _obj.infrastructure = GatewaySpecInfrastructure._parse(_v)

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
        _n = 2
        _f = ""
        try:
            _f = "gatewayClassName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.gateway_class_name = _v

            _f = "listeners"
            _v = src[_f]
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it2 = iter(_l2)
            try:
                _l2[:] = map(GatewaySpecListenersItem._from_json, _it2)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
            _obj.listeners = _l2

            _f = "addresses"
            _v = src.get(_f)
            if _v is None:
                _obj.addresses = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r3: list[GatewaySpecAddressesItemType0 | GatewaySpecAddressesItemType1] = []
                for _i3, _x3 in enumerate(_l3):
                    try:
                        _u3i: GatewaySpecAddressesItemType0 | GatewaySpecAddressesItemType1
                        try:
                            _u3i = GatewaySpecAddressesItemType0._parse(_x3)

                        except _m.PARSE_ERRORS:
                            try:
                                _u3i = GatewaySpecAddressesItemType1._parse(_x3)

                            except _m.PARSE_ERRORS:
                                raise _m.bad(
                                    "GatewaySpecAddressesItemType0 or GatewaySpecAddressesItemType1", _x3
                                ) from None

                        _v3 = _u3i

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i3) from None
                    _r3.append(_v3)
                _obj.addresses = _r3

            _f = "infrastructure"
            _v = src.get(_f)
            if _v is None:
                _obj.infrastructure = None
            else:
                _n += 1
                _obj.infrastructure = GatewaySpecInfrastructure._from_json(_v)

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
