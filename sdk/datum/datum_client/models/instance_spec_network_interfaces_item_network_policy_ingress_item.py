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
    from ..models.instance_spec_network_interfaces_item_network_policy_ingress_item_from_item import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem,
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemDict,
    )
    from ..models.instance_spec_network_interfaces_item_network_policy_ingress_item_ports_item import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem,
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItemDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem, \
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem
    from ..models.instance_spec_network_interfaces_item_network_policy_ingress_item_from_item import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem,  # noqa: PLC0415
    )
    from ..models.instance_spec_network_interfaces_item_network_policy_ingress_item_ports_item import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "from_",
    "ports",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "from",
        "ports",
    }
)

# `InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem` as a plain mapping of its JSON shape, accepted wherever a `InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem` is.
InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemDict = TypedDict(
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemDict",
    {
        "from": "list[InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemDict]",
        "ports": "list[InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItemDict]",
    },
    total=False,
)


@_attrs_define(init=False, repr=False)
class InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem:
    """See k8s network policy types for inspiration here

    Attributes:
            from_ (list[InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem] | None): from is a list of sources which should be able to access the instances selected for this rule.
                Items in this list are combined using a logical OR operation. If this field is
                empty or missing, this rule matches all sources (traffic not restricted by
                source). If this field is present and contains at least one item, this rule
                allows traffic only if the traffic matches at least one item in the from list.
            ports (list[InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem] | None): ports is a list of ports which should be made accessible on the instances selected for
                this rule. Each item in this list is combined using a logical OR. If this field is
                empty or missing, this rule matches all ports (traffic not restricted by port).
                If this field is present and contains at least one item, then this rule allows
                traffic only if the traffic matches at least one port in the list.
    """

    from_: list[InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem] | None = None
    ports: list[InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        from_: Sequence[
            InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem
            | InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemDict
        ]
        | None
        | Unset = UNSET,
        ports: Sequence[
            InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem
            | InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItemDict
        ]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.from_ = (
            None
            if from_ is None or isinstance(from_, Unset)
            else [
                _item
                if isinstance(_item, InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem)
                else InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem.from_dict(_item)
                for _item in from_
            ]
        )
        if from_ is None:
            _nulls_given.append("from_")
        self.ports = (
            None
            if ports is None or isinstance(ports, Unset)
            else [
                _item
                if isinstance(_item, InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem)
                else InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem.from_dict(_item)
                for _item in ports
            ]
        )
        if ports is None:
            _nulls_given.append("ports")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.from_ is not None:
            field_dict["from"] = [_item.to_dict() for _item in self.from_]
        elif "from_" in self._nulls:
            field_dict["from"] = None
        if self.ports is not None:
            field_dict["ports"] = [_item.to_dict() for _item in self.ports]
        elif "ports" in self._nulls:
            field_dict["ports"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem")

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
            _f = "from"
            _v = _get(_f, None)
            if _v is None:
                _obj.from_ = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.from_ = _l1

            _f = "ports"
            _v = _get(_f, None)
            if _v is None:
                _obj.ports = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2 = list(map(InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem._parse, _it2))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.ports = _l2

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
        _n = 0
        _f = ""
        try:
            _f = "from"
            _v = src.get(_f)
            if _v is None:
                _obj.from_ = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.from_ = _l1

            _f = "ports"
            _v = src.get(_f)
            if _v is None:
                _obj.ports = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2[:] = map(InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem._from_json, _it2)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.ports = _l2

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
