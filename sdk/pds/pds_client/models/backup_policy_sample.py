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
    from ..models.backup_schedule import BackupSchedule, BackupScheduleDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, BackupSchedule
    from ..models.backup_schedule import BackupSchedule  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "created",
    "name",
    "schedules",
    "updated",
    "version",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "created",
        "name",
        "schedules",
        "updated",
        "version",
    }
)


# `BackupPolicySample` as a plain mapping of its JSON shape, accepted wherever a `BackupPolicySample` is.
class BackupPolicySampleDict(TypedDict, total=False):
    created: str
    name: str
    schedules: list[BackupScheduleDict]
    updated: str
    version: int


@_attrs_define(init=False, repr=False)
class BackupPolicySample:
    """Attributes:
    created (str | None):
    name (str | None): Name of the backup policy. Must be unique for the given tenant.
    schedules (list[BackupSchedule] | None): A list of the backup schedules. Must be non-empty.
    updated (str | None):
    version (int | None):
    """

    created: str | None = None
    name: str | None = None
    schedules: list[BackupSchedule] | None = None
    updated: str | None = None
    version: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        created: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        schedules: Sequence[BackupSchedule | BackupScheduleDict] | None | Unset = UNSET,
        updated: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.created = None if created is None or isinstance(created, Unset) else created
        if created is None:
            _nulls_given.append("created")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.schedules = (
            None
            if schedules is None or isinstance(schedules, Unset)
            else [
                _item if isinstance(_item, BackupSchedule) else BackupSchedule.from_dict(_item) for _item in schedules
            ]
        )
        if schedules is None:
            _nulls_given.append("schedules")
        self.updated = None if updated is None or isinstance(updated, Unset) else updated
        if updated is None:
            _nulls_given.append("updated")
        self.version = None if version is None or isinstance(version, Unset) else version
        if version is None:
            _nulls_given.append("version")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.created is not None:
            field_dict["created"] = self.created
        elif "created" in self._nulls:
            field_dict["created"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.schedules is not None:
            field_dict["schedules"] = [_item.to_dict() for _item in self.schedules]
        elif "schedules" in self._nulls:
            field_dict["schedules"] = None
        if self.updated is not None:
            field_dict["updated"] = self.updated
        elif "updated" in self._nulls:
            field_dict["updated"] = None
        if self.version is not None:
            field_dict["version"] = self.version
        elif "version" in self._nulls:
            field_dict["version"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "BackupPolicySample")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "BackupPolicySample")

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
            _f = "created"
            _v = _get(_f, None)
            if _v is None:
                _obj.created = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "schedules"
            _v = _get(_f, None)
            if _v is None:
                _obj.schedules = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(BackupSchedule._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.schedules = _l3

            _f = "updated"
            _v = _get(_f, None)
            if _v is None:
                _obj.updated = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated = _v

            _f = "version"
            _v = _get(_f, None)
            if _v is None:
                _obj.version = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.version = _v

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
            _f = "created"
            _v = src.get(_f)
            if _v is None:
                _obj.created = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "schedules"
            _v = src.get(_f)
            if _v is None:
                _obj.schedules = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(BackupSchedule._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.schedules = _l3

            _f = "updated"
            _v = src.get(_f)
            if _v is None:
                _obj.updated = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated = _v

            _f = "version"
            _v = src.get(_f)
            if _v is None:
                _obj.version = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.version = _v

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
