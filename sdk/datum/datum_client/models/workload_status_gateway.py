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
    from ..models.condition import Condition, ConditionDict
    from ..models.workload_status_gateway_addresses_item import (
        WorkloadStatusGatewayAddressesItem,
        WorkloadStatusGatewayAddressesItemDict,
    )
    from ..models.workload_status_gateway_listeners_item import (
        WorkloadStatusGatewayListenersItem,
        WorkloadStatusGatewayListenersItemDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Condition, WorkloadStatusGatewayAddressesItem, WorkloadStatusGatewayListenersItem
    from ..models.condition import Condition  # noqa: PLC0415
    from ..models.workload_status_gateway_addresses_item import WorkloadStatusGatewayAddressesItem  # noqa: PLC0415
    from ..models.workload_status_gateway_listeners_item import WorkloadStatusGatewayListenersItem  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "addresses",
    "conditions",
    "listeners",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "addresses",
        "conditions",
        "listeners",
    }
)


# `WorkloadStatusGateway` as a plain mapping of its JSON shape, accepted wherever a `WorkloadStatusGateway` is.
class WorkloadStatusGatewayDict(TypedDict, total=False):
    addresses: list[WorkloadStatusGatewayAddressesItemDict]
    conditions: list[ConditionDict]
    listeners: list[WorkloadStatusGatewayListenersItemDict]


@_attrs_define(init=False, repr=False)
class WorkloadStatusGateway:
    """The status of the workload gateway if configured.

    Attributes:
            addresses (list[WorkloadStatusGatewayAddressesItem] | None): Addresses lists the network addresses that have been bound to the
                Gateway.

                This list may differ from the addresses provided in the spec under some
                conditions:

                  * no addresses are specified, all addresses are dynamically assigned
                  * a combination of specified and dynamic addresses are assigned
                  * a specified address was unusable (e.g. already in use)

                <gateway:validateIPAddress>
            conditions (list[Condition] | None): Conditions describe the current conditions of the Gateway.

                Implementations should prefer to express Gateway conditions
                using the `GatewayConditionType` and `GatewayConditionReason`
                constants so that operators and tools can converge on a common
                vocabulary to describe Gateway state.

                Known condition types are:

                * "Accepted"
                * "Programmed"
                * "Ready"
            listeners (list[WorkloadStatusGatewayListenersItem] | None): Listeners provide status for each unique listener port defined in the Spec.
    """

    addresses: list[WorkloadStatusGatewayAddressesItem] | None = None
    conditions: list[Condition] | None = None
    listeners: list[WorkloadStatusGatewayListenersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        addresses: Sequence[WorkloadStatusGatewayAddressesItem | WorkloadStatusGatewayAddressesItemDict]
        | None
        | Unset = UNSET,
        conditions: Sequence[Condition | ConditionDict] | None | Unset = UNSET,
        listeners: Sequence[WorkloadStatusGatewayListenersItem | WorkloadStatusGatewayListenersItemDict]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.addresses = (
            None
            if addresses is None or isinstance(addresses, Unset)
            else [
                _item
                if isinstance(_item, WorkloadStatusGatewayAddressesItem)
                else WorkloadStatusGatewayAddressesItem.from_dict(_item)
                for _item in addresses
            ]
        )
        if addresses is None:
            _nulls_given.append("addresses")
        self.conditions = (
            None
            if conditions is None or isinstance(conditions, Unset)
            else [_item if isinstance(_item, Condition) else Condition.from_dict(_item) for _item in conditions]
        )
        if conditions is None:
            _nulls_given.append("conditions")
        self.listeners = (
            None
            if listeners is None or isinstance(listeners, Unset)
            else [
                _item
                if isinstance(_item, WorkloadStatusGatewayListenersItem)
                else WorkloadStatusGatewayListenersItem.from_dict(_item)
                for _item in listeners
            ]
        )
        if listeners is None:
            _nulls_given.append("listeners")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.addresses is not None:
            field_dict["addresses"] = [_item.to_dict() for _item in self.addresses]
        elif "addresses" in self._nulls:
            field_dict["addresses"] = None
        if self.conditions is not None:
            field_dict["conditions"] = [_item.to_dict() for _item in self.conditions]
        elif "conditions" in self._nulls:
            field_dict["conditions"] = None
        if self.listeners is not None:
            field_dict["listeners"] = [_item.to_dict() for _item in self.listeners]
        elif "listeners" in self._nulls:
            field_dict["listeners"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "WorkloadStatusGateway")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "WorkloadStatusGateway")

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
            _f = "addresses"
            _v = _get(_f, None)
            if _v is None:
                _obj.addresses = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(WorkloadStatusGatewayAddressesItem._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.addresses = _l1

            _f = "conditions"
            _v = _get(_f, None)
            if _v is None:
                _obj.conditions = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2 = list(map(Condition._parse, _it2))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.conditions = _l2

            _f = "listeners"
            _v = _get(_f, None)
            if _v is None:
                _obj.listeners = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(WorkloadStatusGatewayListenersItem._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.listeners = _l3

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
            _f = "addresses"
            _v = src.get(_f)
            if _v is None:
                _obj.addresses = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(WorkloadStatusGatewayAddressesItem._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.addresses = _l1

            _f = "conditions"
            _v = src.get(_f)
            if _v is None:
                _obj.conditions = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2[:] = map(Condition._from_json, _it2)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.conditions = _l2

            _f = "listeners"
            _v = src.get(_f)
            if _v is None:
                _obj.listeners = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(WorkloadStatusGatewayListenersItem._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.listeners = _l3

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
