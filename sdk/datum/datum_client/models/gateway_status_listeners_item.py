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
from ..types import File, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition, ConditionDict
    from ..models.gateway_status_listeners_item_supported_kinds_item import (
        GatewayStatusListenersItemSupportedKindsItem,
        GatewayStatusListenersItemSupportedKindsItemDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Condition, GatewayStatusListenersItemSupportedKindsItem
    from ..models.condition import Condition  # noqa: PLC0415
    from ..models.gateway_status_listeners_item_supported_kinds_item import GatewayStatusListenersItemSupportedKindsItem  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "attached_routes",
    "conditions",
    "name",
    "supported_kinds",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = ()
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "attachedRoutes",
        "conditions",
        "name",
        "supportedKinds",
    }
)


# `GatewayStatusListenersItem` as a plain mapping of its JSON shape, accepted wherever a `GatewayStatusListenersItem` is.
class GatewayStatusListenersItemDict(TypedDict, total=False):
    attachedRoutes: Required[int]
    conditions: Required[list[ConditionDict]]
    name: Required[str]
    supportedKinds: Required[list[GatewayStatusListenersItemSupportedKindsItemDict]]


@_attrs_define(init=False, repr=False)
class GatewayStatusListenersItem:
    """ListenerStatus is the status associated with a Listener.

    Attributes:
            attached_routes (int): AttachedRoutes represents the total number of Routes that have been
                successfully attached to this Listener.

                Successful attachment of a Route to a Listener is based solely on the
                combination of the AllowedRoutes field on the corresponding Listener
                and the Route's ParentRefs field. A Route is successfully attached to
                a Listener when it is selected by the Listener's AllowedRoutes field
                AND the Route has a valid ParentRef selecting the whole Gateway
                resource or a specific Listener as a parent resource (more detail on
                attachment semantics can be found in the documentation on the various
                Route kinds ParentRefs fields). Listener or Route status does not impact
                successful attachment, i.e. the AttachedRoutes field count MUST be set
                for Listeners with condition Accepted: false and MUST count successfully
                attached Routes that may themselves have Accepted: false conditions.

                Uses for this field include troubleshooting Route attachment and
                measuring blast radius/impact of changes to a Listener.
            conditions (list[Condition]): Conditions describe the current condition of this listener.
            name (str): Name is the name of the Listener that this status corresponds to.
            supported_kinds (list[GatewayStatusListenersItemSupportedKindsItem]): SupportedKinds is the list indicating the Kinds supported by this
                listener. This MUST represent the kinds an implementation supports for
                that Listener configuration.

                If kinds are specified in Spec that are not supported, they MUST NOT
                appear in this list and an implementation MUST set the "ResolvedRefs"
                condition to "False" with the "InvalidRouteKinds" reason. If both valid
                and invalid Route kinds are specified, the implementation MUST
                reference the valid Route kinds that have been specified.
    """

    attached_routes: int
    conditions: list[Condition]
    name: str
    supported_kinds: list[GatewayStatusListenersItemSupportedKindsItem]
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        attached_routes: int,
        conditions: Sequence[Condition | ConditionDict],
        name: str,
        supported_kinds: Sequence[
            GatewayStatusListenersItemSupportedKindsItem | GatewayStatusListenersItemSupportedKindsItemDict
        ],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        self.attached_routes = attached_routes
        self.conditions = [
            _item if isinstance(_item, Condition) else Condition.from_dict(_item) for _item in conditions
        ]
        self.name = name
        self.supported_kinds = [
            _item
            if isinstance(_item, GatewayStatusListenersItemSupportedKindsItem)
            else GatewayStatusListenersItemSupportedKindsItem.from_dict(_item)
            for _item in supported_kinds
        ]
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset()

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["attachedRoutes"] = self.attached_routes
        field_dict["conditions"] = [_item.to_dict() for _item in self.conditions]
        field_dict["name"] = self.name
        field_dict["supportedKinds"] = [_item.to_dict() for _item in self.supported_kinds]
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GatewayStatusListenersItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewayStatusListenersItem")

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
            _f = "attachedRoutes"
            _v = _get(_f, _MISSING)
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.attached_routes = _v

            _f = "conditions"
            _v = _get(_f, _MISSING)
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it2 = iter(_l2)
            try:
                _l2 = list(map(Condition._parse, _it2))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
            _obj.conditions = _l2

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "supportedKinds"
            _v = _get(_f, _MISSING)
            _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it4 = iter(_l4)
            try:
                _l4 = list(map(GatewayStatusListenersItemSupportedKindsItem._parse, _it4))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
            _obj.supported_kinds = _l4

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
            _f = "attachedRoutes"
            _v = src[_f]
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.attached_routes = _v

            _f = "conditions"
            _v = src[_f]
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it2 = iter(_l2)
            try:
                _l2[:] = map(Condition._from_json, _it2)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
            _obj.conditions = _l2

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "supportedKinds"
            _v = src[_f]
            _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it4 = iter(_l4)
            try:
                _l4[:] = map(GatewayStatusListenersItemSupportedKindsItem._from_json, _it4)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
            _obj.supported_kinds = _l4

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
