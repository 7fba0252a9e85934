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
    "backup_credentials_id",
    "bucket",
    "name",
    "region",
    "type_",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "backup_credentials_id",
        "bucket",
        "name",
        "region",
        "type",
    }
)


# `CreateBackupTargetRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateBackupTargetRequest` is.
class CreateBackupTargetRequestDict(TypedDict, total=False):
    backup_credentials_id: str
    bucket: str
    name: str
    region: str
    type: str


@_attrs_define(init=False, repr=False)
class CreateBackupTargetRequest:
    """Attributes:
    backup_credentials_id (str | None):
    bucket (str | None): Bucket name for S3 or S3 compatible. Container name for Azure.
    name (str | None): Name of the backup target. Must be unique for the given tenant.
    region (str | None): Region of the bucket. Required for S3. Otherwise must be empty.
    type_ (str | None): Type of the backup target. Must match the used backup credentials.
    """

    backup_credentials_id: str | None = None
    bucket: str | None = None
    name: str | None = None
    region: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        backup_credentials_id: str | None | Unset = UNSET,
        bucket: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.backup_credentials_id = (
            None if backup_credentials_id is None or isinstance(backup_credentials_id, Unset) else backup_credentials_id
        )
        if backup_credentials_id is None:
            _nulls_given.append("backup_credentials_id")
        self.bucket = None if bucket is None or isinstance(bucket, Unset) else bucket
        if bucket is None:
            _nulls_given.append("bucket")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.region = None if region is None or isinstance(region, Unset) else region
        if region is None:
            _nulls_given.append("region")
        self.type_ = None if type_ is None or isinstance(type_, Unset) else type_
        if type_ is None:
            _nulls_given.append("type_")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.backup_credentials_id is not None:
            field_dict["backup_credentials_id"] = self.backup_credentials_id
        elif "backup_credentials_id" in self._nulls:
            field_dict["backup_credentials_id"] = None
        if self.bucket is not None:
            field_dict["bucket"] = self.bucket
        elif "bucket" in self._nulls:
            field_dict["bucket"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.region is not None:
            field_dict["region"] = self.region
        elif "region" in self._nulls:
            field_dict["region"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self._nulls:
            field_dict["type"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateBackupTargetRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateBackupTargetRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "backup_credentials_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_credentials_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_credentials_id = _v

            _f = "bucket"
            _v = _get(_f, None)
            if _v is None:
                _obj.bucket = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.bucket = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "region"
            _v = _get(_f, None)
            if _v is None:
                _obj.region = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.region = _v

            _f = "type"
            _v = _get(_f, None)
            if _v is None:
                _obj.type_ = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.type_ = _v

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
            _f = "backup_credentials_id"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_credentials_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_credentials_id = _v

            _f = "bucket"
            _v = src.get(_f)
            if _v is None:
                _obj.bucket = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.bucket = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "region"
            _v = src.get(_f)
            if _v is None:
                _obj.region = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.region = _v

            _f = "type"
            _v = src.get(_f)
            if _v is None:
                _obj.type_ = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.type_ = _v

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
