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
    from ..models.http_route_status_parents_item_parent_ref import (
        HTTPRouteStatusParentsItemParentRef,
        HTTPRouteStatusParentsItemParentRefDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Condition, HTTPRouteStatusParentsItemParentRef
    from ..models.condition import Condition  # noqa: PLC0415
    from ..models.http_route_status_parents_item_parent_ref import HTTPRouteStatusParentsItemParentRef  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "controller_name",
    "parent_ref",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = ("conditions",)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "controllerName",
        "parentRef",
        "conditions",
    }
)


# `HTTPRouteStatusParentsItem` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteStatusParentsItem` is.
class HTTPRouteStatusParentsItemDict(TypedDict, total=False):
    controllerName: Required[str]
    parentRef: Required[HTTPRouteStatusParentsItemParentRefDict]
    conditions: list[ConditionDict]


@_attrs_define(init=False, repr=False)
class HTTPRouteStatusParentsItem:
    """RouteParentStatus describes the status of a route with respect to an
        associated Parent.

    Attributes:
            controller_name (str): ControllerName is a domain/path string that indicates the name of the
                controller that wrote this status. This corresponds with the
                controllerName field on GatewayClass.

                Example: "example.net/gateway-controller".

                The format of this field is DOMAIN "/" PATH, where DOMAIN and PATH are
                valid Kubernetes names
                (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names).

                Controllers MUST populate this field when writing status. Controllers should ensure that
                entries to status populated with their ControllerName are cleaned up when they are no
                longer necessary.
            parent_ref (HTTPRouteStatusParentsItemParentRef): ParentRef corresponds with a ParentRef in the spec that this
                RouteParentStatus struct describes the status of.
            conditions (list[Condition] | None): Conditions describes the status of the route with respect to the Gateway.
                Note that the route's availability is also subject to the Gateway's own
                status conditions and listener status.

                If the Route's ParentRef specifies an existing Gateway that supports
                Routes of this kind AND that Gateway's controller has sufficient access,
                then that Gateway's controller MUST set the "Accepted" condition on the
                Route, to indicate whether the route has been accepted or rejected by the
                Gateway, and why.

                A Route MUST be considered "Accepted" if at least one of the Route's
                rules is implemented by the Gateway.

                There are a number of cases where the "Accepted" condition may not be set
                due to lack of controller visibility, that includes when:

                * The Route refers to a non-existent parent.
                * The Route is of a type that the controller does not support.
                * The Route is in a namespace the controller does not have access to.
    """

    controller_name: str
    parent_ref: HTTPRouteStatusParentsItemParentRef
    conditions: list[Condition] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        controller_name: str,
        parent_ref: HTTPRouteStatusParentsItemParentRef | HTTPRouteStatusParentsItemParentRefDict,
        conditions: Sequence[Condition | ConditionDict] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.controller_name = controller_name
        self.parent_ref = (
            parent_ref
            if isinstance(parent_ref, HTTPRouteStatusParentsItemParentRef)
            else HTTPRouteStatusParentsItemParentRef.from_dict(parent_ref)
        )
        self.conditions = (
            None
            if conditions is None or isinstance(conditions, Unset)
            else [_item if isinstance(_item, Condition) else Condition.from_dict(_item) for _item in conditions]
        )
        if conditions is None:
            _nulls_given.append("conditions")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["controllerName"] = self.controller_name
        field_dict["parentRef"] = self.parent_ref.to_dict()
        if self.conditions is not None:
            field_dict["conditions"] = [_item.to_dict() for _item in self.conditions]
        elif "conditions" in self._nulls:
            field_dict["conditions"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteStatusParentsItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteStatusParentsItem")

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
            _f = "controllerName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.controller_name = _v

            _f = "parentRef"
            _v = _get(_f, _MISSING)
            _obj.parent_ref = HTTPRouteStatusParentsItemParentRef._parse(_v)

            _f = "conditions"
            _v = _get(_f, None)
            if _v is None:
                _obj.conditions = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(Condition._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.conditions = _l3

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
            _f = "controllerName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.controller_name = _v

            _f = "parentRef"
            _v = src[_f]
            _obj.parent_ref = HTTPRouteStatusParentsItemParentRef._from_json(_v)

            _f = "conditions"
            _v = src.get(_f)
            if _v is None:
                _obj.conditions = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(Condition._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.conditions = _l3

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
