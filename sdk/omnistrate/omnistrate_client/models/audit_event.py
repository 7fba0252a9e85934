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
    from ..models.workflow_failure import WorkflowFailure, WorkflowFailureDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, WorkflowFailure
    from ..models.workflow_failure import WorkflowFailure  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "id",
    "message",
    "resource_instance_id",
    "resource_name",
    "subscription_id",
    "time",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "event_source",
    "org_id",
    "org_name",
    "user_id",
    "user_name",
    "workflow_failures",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "message",
        "resourceInstanceId",
        "resourceName",
        "subscriptionId",
        "time",
        "eventSource",
        "orgId",
        "orgName",
        "userId",
        "userName",
        "workflowFailures",
    }
)


# `AuditEvent` as a plain mapping of its JSON shape, accepted wherever a `AuditEvent` is.
class AuditEventDict(TypedDict, total=False):
    id: Required[str]
    message: Required[str]
    resourceInstanceId: Required[str]
    resourceName: Required[str]
    subscriptionId: Required[str]
    time: Required[str]
    eventSource: str
    orgId: str
    orgName: str
    userId: str
    userName: str
    workflowFailures: list[WorkflowFailureDict]


@_attrs_define(init=False, repr=False)
class AuditEvent:
    """Attributes:
    id (str): ID of a Event
    message (str): Resource Instance of message
    resource_instance_id (str): Instance Id of the resource instance
    resource_name (str): Name of the resource
    subscription_id (str): The subscription ID
    time (str): The event time
    event_source (str | None): The event source
    org_id (str | None): ID of an Org
    org_name (str | None): The organization name of the user that caused the event
    user_id (str | None): ID of a User
    user_name (str | None): The user name of the user that caused the event
    workflow_failures (list[WorkflowFailure] | None): The list of workflow events that indicate failures
    """

    id: str
    message: str
    resource_instance_id: str
    resource_name: str
    subscription_id: str
    time: str
    event_source: str | None = None
    org_id: str | None = None
    org_name: str | None = None
    user_id: str | None = None
    user_name: str | None = None
    workflow_failures: list[WorkflowFailure] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        id: str,
        message: str,
        resource_instance_id: str,
        resource_name: str,
        subscription_id: str,
        time: str,
        event_source: str | None | Unset = UNSET,
        org_id: str | None | Unset = UNSET,
        org_name: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        workflow_failures: Sequence[WorkflowFailure | WorkflowFailureDict] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.id = id
        self.message = message
        self.resource_instance_id = resource_instance_id
        self.resource_name = resource_name
        self.subscription_id = subscription_id
        self.time = time
        self.event_source = None if event_source is None or isinstance(event_source, Unset) else event_source
        if event_source is None:
            _nulls_given.append("event_source")
        self.org_id = None if org_id is None or isinstance(org_id, Unset) else org_id
        if org_id is None:
            _nulls_given.append("org_id")
        self.org_name = None if org_name is None or isinstance(org_name, Unset) else org_name
        if org_name is None:
            _nulls_given.append("org_name")
        self.user_id = None if user_id is None or isinstance(user_id, Unset) else user_id
        if user_id is None:
            _nulls_given.append("user_id")
        self.user_name = None if user_name is None or isinstance(user_name, Unset) else user_name
        if user_name is None:
            _nulls_given.append("user_name")
        self.workflow_failures = (
            None
            if workflow_failures is None or isinstance(workflow_failures, Unset)
            else [
                _item if isinstance(_item, WorkflowFailure) else WorkflowFailure.from_dict(_item)
                for _item in workflow_failures
            ]
        )
        if workflow_failures is None:
            _nulls_given.append("workflow_failures")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["message"] = self.message
        field_dict["resourceInstanceId"] = self.resource_instance_id
        field_dict["resourceName"] = self.resource_name
        field_dict["subscriptionId"] = self.subscription_id
        field_dict["time"] = self.time
        if self.event_source is not None:
            field_dict["eventSource"] = self.event_source
        elif "event_source" in self._nulls:
            field_dict["eventSource"] = None
        if self.org_id is not None:
            field_dict["orgId"] = self.org_id
        elif "org_id" in self._nulls:
            field_dict["orgId"] = None
        if self.org_name is not None:
            field_dict["orgName"] = self.org_name
        elif "org_name" in self._nulls:
            field_dict["orgName"] = None
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        elif "user_id" in self._nulls:
            field_dict["userId"] = None
        if self.user_name is not None:
            field_dict["userName"] = self.user_name
        elif "user_name" in self._nulls:
            field_dict["userName"] = None
        if self.workflow_failures is not None:
            field_dict["workflowFailures"] = [_item.to_dict() for _item in self.workflow_failures]
        elif "workflow_failures" in self._nulls:
            field_dict["workflowFailures"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "AuditEvent")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "AuditEvent")

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
            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "message"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.message = _v

            _f = "resourceInstanceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_instance_id = _v

            _f = "resourceName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_name = _v

            _f = "subscriptionId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subscription_id = _v

            _f = "time"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.time = _v

            _f = "eventSource"
            _v = _get(_f, None)
            if _v is None:
                _obj.event_source = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.event_source = _v

            _f = "orgId"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_id = _v

            _f = "orgName"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_name = _v

            _f = "userId"
            _v = _get(_f, None)
            if _v is None:
                _obj.user_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.user_id = _v

            _f = "userName"
            _v = _get(_f, None)
            if _v is None:
                _obj.user_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.user_name = _v

            _f = "workflowFailures"
            _v = _get(_f, None)
            if _v is None:
                _obj.workflow_failures = None
            else:
                _l12: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it12 = iter(_l12)
                try:
                    _l12 = list(map(WorkflowFailure._parse, _it12))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l12, _it12)) from None
                _obj.workflow_failures = _l12

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
        _n = 6
        _f = ""
        try:
            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "message"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.message = _v

            _f = "resourceInstanceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_instance_id = _v

            _f = "resourceName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.resource_name = _v

            _f = "subscriptionId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subscription_id = _v

            _f = "time"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.time = _v

            _f = "eventSource"
            _v = src.get(_f)
            if _v is None:
                _obj.event_source = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.event_source = _v

            _f = "orgId"
            _v = src.get(_f)
            if _v is None:
                _obj.org_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_id = _v

            _f = "orgName"
            _v = src.get(_f)
            if _v is None:
                _obj.org_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_name = _v

            _f = "userId"
            _v = src.get(_f)
            if _v is None:
                _obj.user_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.user_id = _v

            _f = "userName"
            _v = src.get(_f)
            if _v is None:
                _obj.user_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.user_name = _v

            _f = "workflowFailures"
            _v = src.get(_f)
            if _v is None:
                _obj.workflow_failures = None
            else:
                _n += 1
                _l12: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it12 = iter(_l12)
                try:
                    _l12[:] = map(WorkflowFailure._from_json, _it12)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l12, _it12)) from None
                _obj.workflow_failures = _l12

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
