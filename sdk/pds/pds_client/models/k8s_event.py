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
from ..models.k8s_event_type import K8SEventType
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "count",
    "message",
    "name",
    "reason",
    "resource_kind",
    "resource_name",
    "timestamp",
    "type_",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = ("action",)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "count",
        "message",
        "name",
        "reason",
        "resource_kind",
        "resource_name",
        "timestamp",
        "type",
        "action",
    }
)


# `K8SEvent` as a plain mapping of its JSON shape, accepted wherever a `K8SEvent` is.
class K8SEventDict(TypedDict, total=False):
    count: Required[int]
    message: Required[str]
    name: Required[str]
    reason: Required[str]
    resource_kind: Required[str]
    resource_name: Required[str]
    timestamp: Required[int]
    type: Required[K8SEventType | Literal["Normal", "Warning"]]
    action: str


@_attrs_define(init=False, repr=False)
class K8SEvent:
    """Attributes:
    count (int): Count informs about how many times event was generated.
    message (str): Message is a human-readable description of the status of this operation.
    name (str): Name of the Event resource in target cluster.
    reason (str): Reason is a short, machine understandable string that gives the reason for the transition into the
        object's current status.
    resource_kind (str): ResourceKind is the type of resource being referenced
    resource_name (str): ResourceName is the name of resource being referenced
    timestamp (int): Timestamp informs about when did the event occur most recently.
    type_ (K8SEventType): Type of this event , new types could be added in the future.
    action (str | None): Action that was taken/failed regarding the given object.
    """

    count: int
    message: str
    name: str
    reason: str
    resource_kind: str
    resource_name: str
    timestamp: int
    type_: K8SEventType
    action: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        count: int,
        message: str,
        name: str,
        reason: str,
        resource_kind: str,
        resource_name: str,
        timestamp: int,
        type_: K8SEventType | Literal["Normal", "Warning"],
        action: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.count = count
        self.message = message
        self.name = name
        self.reason = reason
        self.resource_kind = resource_kind
        self.resource_name = resource_name
        self.timestamp = timestamp
        self.type_ = K8SEventType(type_)
        self.action = None if action is None or isinstance(action, Unset) else action
        if action is None:
            _nulls_given.append("action")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["count"] = self.count
        field_dict["message"] = self.message
        field_dict["name"] = self.name
        field_dict["reason"] = self.reason
        field_dict["resource_kind"] = self.resource_kind
        field_dict["resource_name"] = self.resource_name
        field_dict["timestamp"] = self.timestamp
        field_dict["type"] = self.type_.value
        if self.action is not None:
            field_dict["action"] = self.action
        elif "action" in self._nulls:
            field_dict["action"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "K8SEvent")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "K8SEvent")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "count"
            _v = _get(_f, _MISSING)
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.count = _v

            _f = "message"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.message = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "reason"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.reason = _v

            _f = "resource_kind"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_kind = _v

            _f = "resource_name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_name = _v

            _f = "timestamp"
            _v = _get(_f, _MISSING)
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.timestamp = _v

            _f = "type"
            _v = _get(_f, _MISSING)
            _obj.type_ = _m.parse_enum(K8SEventType, _v)

            _f = "action"
            _v = _get(_f, None)
            if _v is None:
                _obj.action = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.action = _v

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
        _n = 8
        _f = ""
        try:
            _f = "count"
            _v = src[_f]
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.count = _v

            _f = "message"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.message = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "reason"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.reason = _v

            _f = "resource_kind"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_kind = _v

            _f = "resource_name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_name = _v

            _f = "timestamp"
            _v = src[_f]
            if type(_v) is not int:
                raise _m.bad("an integer", _v)
            _obj.timestamp = _v

            _f = "type"
            _v = src[_f]
            _obj.type_ = _m.parse_enum(K8SEventType, _v)

            _f = "action"
            _v = src.get(_f)
            if _v is None:
                _obj.action = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.action = _v

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
