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
from ..models.network_spec_ip_families_item import NetworkSpecIpFamiliesItem
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.network_spec_ipam import NetworkSpecIpam, NetworkSpecIpamDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, NetworkSpecIpam
    from ..models.network_spec_ipam import NetworkSpecIpam  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "ipam",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "ip_families",
    "mtu",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "ipam",
        "ipFamilies",
        "mtu",
    }
)


# `NetworkSpec` as a plain mapping of its JSON shape, accepted wherever a `NetworkSpec` is.
class NetworkSpecDict(TypedDict, total=False):
    ipam: Required[NetworkSpecIpamDict]
    ipFamilies: list[NetworkSpecIpFamiliesItem | Literal["IPv4", "IPv6"]]
    mtu: int


@_attrs_define(init=False, repr=False)
class NetworkSpec:
    """NetworkSpec defines the desired state of a Network

    Attributes:
            ipam (NetworkSpecIpam): IPAM settings for the network.
            ip_families (list[NetworkSpecIpFamiliesItem] | None): IP Families to permit on a network. Defaults to IPv4.
            mtu (int | None): Network MTU. May be between 1300 and 8856.
    """

    ipam: NetworkSpecIpam
    ip_families: list[NetworkSpecIpFamiliesItem] | None = None
    mtu: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        ipam: NetworkSpecIpam | NetworkSpecIpamDict,
        ip_families: Sequence[NetworkSpecIpFamiliesItem | Literal["IPv4", "IPv6"]] | None | Unset = UNSET,
        mtu: int | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.ipam = ipam if isinstance(ipam, NetworkSpecIpam) else NetworkSpecIpam.from_dict(ipam)
        self.ip_families = (
            None
            if ip_families is None or isinstance(ip_families, Unset)
            else [NetworkSpecIpFamiliesItem(_item) for _item in ip_families]
        )
        if ip_families is None:
            _nulls_given.append("ip_families")
        self.mtu = None if mtu is None or isinstance(mtu, Unset) else mtu
        if mtu is None:
            _nulls_given.append("mtu")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["ipam"] = self.ipam.to_dict()
        if self.ip_families is not None:
            field_dict["ipFamilies"] = _m.dump(self.ip_families)
        elif "ip_families" in self._nulls:
            field_dict["ipFamilies"] = None
        if self.mtu is not None:
            field_dict["mtu"] = self.mtu
        elif "mtu" in self._nulls:
            field_dict["mtu"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "NetworkSpec")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "NetworkSpec")

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
            _f = "ipam"
            _v = _get(_f, _MISSING)
            _obj.ipam = NetworkSpecIpam._parse(_v)

            _f = "ipFamilies"
            _v = _get(_f, None)
            if _v is None:
                _obj.ip_families = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r2: list[NetworkSpecIpFamiliesItem] = []
                for _i2, _x2 in enumerate(_l2):
                    try:
                        _v2 = _m.parse_enum(NetworkSpecIpFamiliesItem, _x2)

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i2) from None
                    _r2.append(_v2)
                _obj.ip_families = _r2

            _f = "mtu"
            _v = _get(_f, None)
            if _v is None:
                _obj.mtu = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.mtu = _v

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
        _n = 1
        _f = ""
        try:
            _f = "ipam"
            _v = src[_f]
            _obj.ipam = NetworkSpecIpam._from_json(_v)

            _f = "ipFamilies"
            _v = src.get(_f)
            if _v is None:
                _obj.ip_families = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r2: list[NetworkSpecIpFamiliesItem] = []
                for _i2, _x2 in enumerate(_l2):
                    try:
                        _v2 = _m.parse_enum(NetworkSpecIpFamiliesItem, _x2)

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i2) from None
                    _r2.append(_v2)
                _obj.ip_families = _r2

            _f = "mtu"
            _v = src.get(_f)
            if _v is None:
                _obj.mtu = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.mtu = _v

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
