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
    "completion_status",
    "completion_time",
    "error_code",
    "start_time",
    "timestamp",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "completion_status",
        "completion_time",
        "error_code",
        "start_time",
        "timestamp",
    }
)


# `UpdateRestoreRequest` as a plain mapping of its JSON shape, accepted wherever a `UpdateRestoreRequest` is.
class UpdateRestoreRequestDict(TypedDict, total=False):
    completion_status: str
    completion_time: str
    error_code: str
    start_time: str
    timestamp: str


@_attrs_define(init=False, repr=False)
class UpdateRestoreRequest:
    """Attributes:
    completion_status (str | None): Status of the restore process on the Target Cluster
    completion_time (str | None): CompletionTime of the restore process.
    error_code (str | None): Error code of the restore from Target Cluster
    start_time (str | None): StartTime of the restore process.
    timestamp (str | None): Timestamp of the update data.
    """

    completion_status: str | None = None
    completion_time: str | None = None
    error_code: str | None = None
    start_time: str | None = None
    timestamp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        completion_status: str | None | Unset = UNSET,
        completion_time: str | None | Unset = UNSET,
        error_code: str | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.completion_status = (
            None if completion_status is None or isinstance(completion_status, Unset) else completion_status
        )
        if completion_status is None:
            _nulls_given.append("completion_status")
        self.completion_time = (
            None if completion_time is None or isinstance(completion_time, Unset) else completion_time
        )
        if completion_time is None:
            _nulls_given.append("completion_time")
        self.error_code = None if error_code is None or isinstance(error_code, Unset) else error_code
        if error_code is None:
            _nulls_given.append("error_code")
        self.start_time = None if start_time is None or isinstance(start_time, Unset) else start_time
        if start_time is None:
            _nulls_given.append("start_time")
        self.timestamp = None if timestamp is None or isinstance(timestamp, Unset) else timestamp
        if timestamp is None:
            _nulls_given.append("timestamp")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.completion_status is not None:
            field_dict["completion_status"] = self.completion_status
        elif "completion_status" in self._nulls:
            field_dict["completion_status"] = None
        if self.completion_time is not None:
            field_dict["completion_time"] = self.completion_time
        elif "completion_time" in self._nulls:
            field_dict["completion_time"] = None
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        elif "error_code" in self._nulls:
            field_dict["error_code"] = None
        if self.start_time is not None:
            field_dict["start_time"] = self.start_time
        elif "start_time" in self._nulls:
            field_dict["start_time"] = None
        if self.timestamp is not None:
            field_dict["timestamp"] = self.timestamp
        elif "timestamp" in self._nulls:
            field_dict["timestamp"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "UpdateRestoreRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "UpdateRestoreRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "completion_status"
            _v = _get(_f, None)
            if _v is None:
                _obj.completion_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_status = _v

            _f = "completion_time"
            _v = _get(_f, None)
            if _v is None:
                _obj.completion_time = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_time = _v

            _f = "error_code"
            _v = _get(_f, None)
            if _v is None:
                _obj.error_code = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_code = _v

            _f = "start_time"
            _v = _get(_f, None)
            if _v is None:
                _obj.start_time = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_time = _v

            _f = "timestamp"
            _v = _get(_f, None)
            if _v is None:
                _obj.timestamp = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.timestamp = _v

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
            _f = "completion_status"
            _v = src.get(_f)
            if _v is None:
                _obj.completion_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_status = _v

            _f = "completion_time"
            _v = src.get(_f)
            if _v is None:
                _obj.completion_time = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_time = _v

            _f = "error_code"
            _v = src.get(_f)
            if _v is None:
                _obj.error_code = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_code = _v

            _f = "start_time"
            _v = src.get(_f)
            if _v is None:
                _obj.start_time = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_time = _v

            _f = "timestamp"
            _v = src.get(_f)
            if _v is None:
                _obj.timestamp = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.timestamp = _v

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
