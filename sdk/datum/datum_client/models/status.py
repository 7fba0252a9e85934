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
    from ..models.list_meta import ListMeta, ListMetaDict
    from ..models.status_details import StatusDetails, StatusDetailsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ListMeta, StatusDetails
    from ..models.list_meta import ListMeta  # noqa: PLC0415
    from ..models.status_details import StatusDetails  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "api_version",
    "code",
    "details",
    "kind",
    "message",
    "metadata",
    "reason",
    "status",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "apiVersion",
        "code",
        "details",
        "kind",
        "message",
        "metadata",
        "reason",
        "status",
    }
)


# `Status` as a plain mapping of its JSON shape, accepted wherever a `Status` is.
class StatusDict(TypedDict, total=False):
    apiVersion: str
    code: int
    details: StatusDetailsDict
    kind: str
    message: str
    metadata: ListMetaDict
    reason: str
    status: str


@_attrs_define(init=False, repr=False)
class Status:
    """Status is a return value for calls that don't return other objects; every error is one.

    Attributes:
            api_version (str | None): APIVersion defines the versioned schema of this representation of an object.
            code (int | None): Suggested HTTP return code for this status, 0 if not set.
            details (StatusDetails | None): StatusDetails is a set of additional properties that MAY be set by the server to provide additional
                information about a response.
            kind (str | None): Kind is a string value representing the REST resource this object represents.
            message (str | None): A human-readable description of the status of this operation.
            metadata (ListMeta | None): ListMeta describes metadata that synthetic resources must have, including lists and various status
                objects.
            reason (str | None): A machine-readable description of why this operation is in the "Failure" status (`BadRequest`,
                `Forbidden`, `NotFound`, `AlreadyExists`, `Conflict`, `Expired`, `Invalid`, ...).
            status (str | None): Status of the operation. One of: "Success" or "Failure".
    """

    api_version: str | None = None
    code: int | None = None
    details: StatusDetails | None = None
    kind: str | None = None
    message: str | None = None
    metadata: ListMeta | None = None
    reason: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        api_version: str | None | Unset = UNSET,
        code: int | None | Unset = UNSET,
        details: StatusDetails | StatusDetailsDict | None | Unset = UNSET,
        kind: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        metadata: ListMeta | ListMetaDict | None | Unset = UNSET,
        reason: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.api_version = None if api_version is None or isinstance(api_version, Unset) else api_version
        if api_version is None:
            _nulls_given.append("api_version")
        self.code = None if code is None or isinstance(code, Unset) else code
        if code is None:
            _nulls_given.append("code")
        self.details = (
            None
            if details is None or isinstance(details, Unset)
            else details
            if isinstance(details, StatusDetails)
            else StatusDetails.from_dict(details)
        )
        if details is None:
            _nulls_given.append("details")
        self.kind = None if kind is None or isinstance(kind, Unset) else kind
        if kind is None:
            _nulls_given.append("kind")
        self.message = None if message is None or isinstance(message, Unset) else message
        if message is None:
            _nulls_given.append("message")
        self.metadata = (
            None
            if metadata is None or isinstance(metadata, Unset)
            else metadata
            if isinstance(metadata, ListMeta)
            else ListMeta.from_dict(metadata)
        )
        if metadata is None:
            _nulls_given.append("metadata")
        self.reason = None if reason is None or isinstance(reason, Unset) else reason
        if reason is None:
            _nulls_given.append("reason")
        self.status = None if status is None or isinstance(status, Unset) else status
        if status is None:
            _nulls_given.append("status")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.api_version is not None:
            field_dict["apiVersion"] = self.api_version
        elif "api_version" in self._nulls:
            field_dict["apiVersion"] = None
        if self.code is not None:
            field_dict["code"] = self.code
        elif "code" in self._nulls:
            field_dict["code"] = None
        if self.details is not None:
            field_dict["details"] = self.details.to_dict()
        elif "details" in self._nulls:
            field_dict["details"] = None
        if self.kind is not None:
            field_dict["kind"] = self.kind
        elif "kind" in self._nulls:
            field_dict["kind"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._nulls:
            field_dict["message"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()
        elif "metadata" in self._nulls:
            field_dict["metadata"] = None
        if self.reason is not None:
            field_dict["reason"] = self.reason
        elif "reason" in self._nulls:
            field_dict["reason"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "Status")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Status")

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
            _f = "apiVersion"
            _v = _get(_f, None)
            if _v is None:
                _obj.api_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.api_version = _v

            _f = "code"
            _v = _get(_f, None)
            if _v is None:
                _obj.code = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.code = _v

            _f = "details"
            _v = _get(_f, None)
            if _v is None:
                _obj.details = None
            else:
                _obj.details = StatusDetails._parse(_v)

            _f = "kind"
            _v = _get(_f, None)
            if _v is None:
                _obj.kind = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kind = _v

            _f = "message"
            _v = _get(_f, None)
            if _v is None:
                _obj.message = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.message = _v

            _f = "metadata"
            _v = _get(_f, None)
            if _v is None:
                _obj.metadata = None
            else:
                _obj.metadata = ListMeta._parse(_v)

            _f = "reason"
            _v = _get(_f, None)
            if _v is None:
                _obj.reason = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.reason = _v

            _f = "status"
            _v = _get(_f, None)
            if _v is None:
                _obj.status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

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
            _f = "apiVersion"
            _v = src.get(_f)
            if _v is None:
                _obj.api_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.api_version = _v

            _f = "code"
            _v = src.get(_f)
            if _v is None:
                _obj.code = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.code = _v

            _f = "details"
            _v = src.get(_f)
            if _v is None:
                _obj.details = None
            else:
                _n += 1
                _obj.details = StatusDetails._from_json(_v)

            _f = "kind"
            _v = src.get(_f)
            if _v is None:
                _obj.kind = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kind = _v

            _f = "message"
            _v = src.get(_f)
            if _v is None:
                _obj.message = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.message = _v

            _f = "metadata"
            _v = src.get(_f)
            if _v is None:
                _obj.metadata = None
            else:
                _n += 1
                _obj.metadata = ListMeta._from_json(_v)

            _f = "reason"
            _v = src.get(_f)
            if _v is None:
                _obj.reason = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.reason = _v

            _f = "status"
            _v = src.get(_f)
            if _v is None:
                _obj.status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

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
