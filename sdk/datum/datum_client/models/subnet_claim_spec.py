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
from ..models.subnet_claim_spec_ip_family import SubnetClaimSpecIpFamily
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.subnet_claim_spec_location import SubnetClaimSpecLocation, SubnetClaimSpecLocationDict
    from ..models.subnet_claim_spec_network_context import (
        SubnetClaimSpecNetworkContext,
        SubnetClaimSpecNetworkContextDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, SubnetClaimSpecLocation, SubnetClaimSpecNetworkContext
    from ..models.subnet_claim_spec_location import SubnetClaimSpecLocation  # noqa: PLC0415
    from ..models.subnet_claim_spec_network_context import SubnetClaimSpecNetworkContext  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "ip_family",
    "location",
    "network_context",
    "subnet_class",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "prefix_length",
    "start_address",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "ipFamily",
        "location",
        "networkContext",
        "subnetClass",
        "prefixLength",
        "startAddress",
    }
)


# `SubnetClaimSpec` as a plain mapping of its JSON shape, accepted wherever a `SubnetClaimSpec` is.
class SubnetClaimSpecDict(TypedDict, total=False):
    ipFamily: Required[SubnetClaimSpecIpFamily | Literal["IPv4", "IPv6"]]
    location: Required[SubnetClaimSpecLocationDict]
    networkContext: Required[SubnetClaimSpecNetworkContextDict]
    subnetClass: Required[str]
    prefixLength: int
    startAddress: str


@_attrs_define(init=False, repr=False)
class SubnetClaimSpec:
    """SubnetClaimSpec defines the desired state of SubnetClaim

    Attributes:
            ip_family (SubnetClaimSpecIpFamily): The IP family of a subnet claim
            location (SubnetClaimSpecLocation): The location which a subnet claim is associated with
            network_context (SubnetClaimSpecNetworkContext): The network context to claim a subnet in
            subnet_class (str): The class of subnet required
            prefix_length (int | None): The prefix length of a subnet claim
            start_address (str | None): The start address of a subnet claim
    """

    ip_family: SubnetClaimSpecIpFamily
    location: SubnetClaimSpecLocation
    network_context: SubnetClaimSpecNetworkContext
    subnet_class: str
    prefix_length: int | None = None
    start_address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        ip_family: SubnetClaimSpecIpFamily | Literal["IPv4", "IPv6"],
        location: SubnetClaimSpecLocation | SubnetClaimSpecLocationDict,
        network_context: SubnetClaimSpecNetworkContext | SubnetClaimSpecNetworkContextDict,
        subnet_class: str,
        prefix_length: int | None | Unset = UNSET,
        start_address: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.ip_family = SubnetClaimSpecIpFamily(ip_family)
        self.location = (
            location if isinstance(location, SubnetClaimSpecLocation) else SubnetClaimSpecLocation.from_dict(location)
        )
        self.network_context = (
            network_context
            if isinstance(network_context, SubnetClaimSpecNetworkContext)
            else SubnetClaimSpecNetworkContext.from_dict(network_context)
        )
        self.subnet_class = subnet_class
        self.prefix_length = None if prefix_length is None or isinstance(prefix_length, Unset) else prefix_length
        if prefix_length is None:
            _nulls_given.append("prefix_length")
        self.start_address = None if start_address is None or isinstance(start_address, Unset) else start_address
        if start_address is None:
            _nulls_given.append("start_address")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["ipFamily"] = self.ip_family.value
        field_dict["location"] = self.location.to_dict()
        field_dict["networkContext"] = self.network_context.to_dict()
        field_dict["subnetClass"] = self.subnet_class
        if self.prefix_length is not None:
            field_dict["prefixLength"] = self.prefix_length
        elif "prefix_length" in self._nulls:
            field_dict["prefixLength"] = None
        if self.start_address is not None:
            field_dict["startAddress"] = self.start_address
        elif "start_address" in self._nulls:
            field_dict["startAddress"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "SubnetClaimSpec")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "SubnetClaimSpec")

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
            _f = "ipFamily"
            _v = _get(_f, _MISSING)
            _obj.ip_family = _m.parse_enum(SubnetClaimSpecIpFamily, _v)

            _f = "location"
            _v = _get(_f, _MISSING)
            _obj.location = SubnetClaimSpecLocation._parse(_v)

            _f = "networkContext"
            _v = _get(_f, _MISSING)
            _obj.network_context = SubnetClaimSpecNetworkContext._parse(_v)

            _f = "subnetClass"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subnet_class = _v

            _f = "prefixLength"
            _v = _get(_f, None)
            if _v is None:
                _obj.prefix_length = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.prefix_length = _v

            _f = "startAddress"
            _v = _get(_f, None)
            if _v is None:
                _obj.start_address = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_address = _v

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
        _n = 4
        _f = ""
        try:
            _f = "ipFamily"
            _v = src[_f]
            _obj.ip_family = _m.parse_enum(SubnetClaimSpecIpFamily, _v)

            _f = "location"
            _v = src[_f]
            _obj.location = SubnetClaimSpecLocation._from_json(_v)

            _f = "networkContext"
            _v = src[_f]
            _obj.network_context = SubnetClaimSpecNetworkContext._from_json(_v)

            _f = "subnetClass"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subnet_class = _v

            _f = "prefixLength"
            _v = src.get(_f)
            if _v is None:
                _obj.prefix_length = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.prefix_length = _v

            _f = "startAddress"
            _v = src.get(_f)
            if _v is None:
                _obj.start_address = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_address = _v

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
