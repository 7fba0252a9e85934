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
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "end_port",
    "port",
    "protocol",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "endPort",
        "port",
        "protocol",
    }
)


# `WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem` as a plain mapping of its JSON shape, accepted wherever a `WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem` is.
class WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItemDict(TypedDict, total=False):
    endPort: int
    port: int | str
    protocol: str


@_attrs_define(init=False, repr=False)
class WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem:
    """NetworkPolicyPort describes a port to allow traffic on

    Attributes:
            end_port (int | None): endPort indicates that the range of ports from port to endPort if set, inclusive,
                should be allowed by the policy. This field cannot be defined if the port field
                is not defined or if the port field is defined as a named (string) port.
                The endPort must be equal or greater than port.
            port (int | str | None): port represents the port on the given protocol. This can either be a numerical or named
                port on an instance. If this field is not provided, this matches all port names and
                numbers.
                If present, only traffic on the specified protocol AND port will be matched.
            protocol (str | None): protocol represents the protocol (TCP, UDP, or SCTP) which traffic must match.
                If not specified, this field defaults to TCP.
    """

    end_port: int | None = None
    port: int | str | None = None
    protocol: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        end_port: int | None | Unset = UNSET,
        port: int | str | None | Unset = UNSET,
        protocol: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.end_port = None if end_port is None or isinstance(end_port, Unset) else end_port
        if end_port is None:
            _nulls_given.append("end_port")
        self.port = None if port is None or isinstance(port, Unset) else port
        if port is None:
            _nulls_given.append("port")
        self.protocol = None if protocol is None or isinstance(protocol, Unset) else protocol
        if protocol is None:
            _nulls_given.append("protocol")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.end_port is not None:
            field_dict["endPort"] = self.end_port
        elif "end_port" in self._nulls:
            field_dict["endPort"] = None
        if self.port is not None:
            field_dict["port"] = _m.dump(self.port)
        elif "port" in self._nulls:
            field_dict["port"] = None
        if self.protocol is not None:
            field_dict["protocol"] = self.protocol
        elif "protocol" in self._nulls:
            field_dict["protocol"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(
            cls._parse, src_dict, "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem"
        )

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(
            cls._from_json, data, "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem"
        )

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "endPort"
            _v = _get(_f, None)
            if _v is None:
                _obj.end_port = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.end_port = _v

            _f = "port"
            _v = _get(_f, None)
            if _v is None:
                _obj.port = None
            else:
                _u2: int | str
                try:
                    if type(_v) is not int:
                        raise _m.bad("an integer", _v)
                    _u2 = _v

                except _m.PARSE_ERRORS:
                    try:
                        if type(_v) is not str and not isinstance(_v, str):
                            raise _m.bad("a string", _v)
                        _u2 = _v

                    except _m.PARSE_ERRORS:
                        raise _m.bad("int or str", _v) from None

                _obj.port = _u2

            _f = "protocol"
            _v = _get(_f, None)
            if _v is None:
                _obj.protocol = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.protocol = _v

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
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 0
        _f = ""
        try:
            _f = "endPort"
            _v = src.get(_f)
            if _v is None:
                _obj.end_port = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.end_port = _v

            _f = "port"
            _v = src.get(_f)
            if _v is None:
                _obj.port = None
            else:
                _n += 1
                _u2: int | str
                try:
                    if type(_v) is not int:
                        raise _m.bad("an integer", _v)
                    _u2 = _v

                except _m.PARSE_ERRORS:
                    try:
                        if type(_v) is not str and not isinstance(_v, str):
                            raise _m.bad("a string", _v)
                        _u2 = _v

                    except _m.PARSE_ERRORS:
                        raise _m.bad("int or str", _v) from None

                _obj.port = _u2

            _f = "protocol"
            _v = src.get(_f)
            if _v is None:
                _obj.protocol = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.protocol = _v

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
