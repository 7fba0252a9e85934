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
from ..models.backup_target_state_error_code import BackupTargetStateErrorCode
from ..models.backup_target_state_state import BackupTargetStateState
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "backup_target_id",
    "deployment_target_id",
    "error_code",
    "error_details",
    "error_message",
    "px_credentials_id",
    "px_credentials_name",
    "state",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "backup_target_id",
        "deployment_target_id",
        "error_code",
        "error_details",
        "error_message",
        "px_credentials_id",
        "px_credentials_name",
        "state",
    }
)


# `BackupTargetState` as a plain mapping of its JSON shape, accepted wherever a `BackupTargetState` is.
class BackupTargetStateDict(TypedDict, total=False):
    backup_target_id: str
    deployment_target_id: str
    error_code: (
        BackupTargetStateErrorCode
        | Literal["deployment_target_unavailable", "failed_to_create_px_credentials", "failed_to_delete_px_credentials"]
    )
    error_details: str
    error_message: str
    px_credentials_id: str
    px_credentials_name: str
    state: BackupTargetStateState | Literal["pending", "successful", "failed_create", "failed_delete", "failed_update"]


@_attrs_define(init=False, repr=False)
class BackupTargetState:
    """Attributes:
    backup_target_id (str | None):
    deployment_target_id (str | None):
    error_code (BackupTargetStateErrorCode | None): More detailed specification of the error when the 'state' is in one of the failed states.
    error_details (str | None): More detailed error message possibly containing the root cause of the error, not suitable to show in
        the UI.
    error_message (str | None): High level human-readable error message determined by the ErrorCode.
    px_credentials_id (str | None): ID of the credentials in PX cluster.
    px_credentials_name (str | None): Name of the credentials in PX cluster. This will be used when creating a new backup.
    state (BackupTargetStateState | None): State of the synchronization of credentials.
    """

    backup_target_id: str | None = None
    deployment_target_id: str | None = None
    error_code: BackupTargetStateErrorCode | None = None
    error_details: str | None = None
    error_message: str | None = None
    px_credentials_id: str | None = None
    px_credentials_name: str | None = None
    state: BackupTargetStateState | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        backup_target_id: str | None | Unset = UNSET,
        deployment_target_id: str | None | Unset = UNSET,
        error_code: BackupTargetStateErrorCode
        | Literal["deployment_target_unavailable", "failed_to_create_px_credentials", "failed_to_delete_px_credentials"]
        | None
        | Unset = UNSET,
        error_details: str | None | Unset = UNSET,
        error_message: str | None | Unset = UNSET,
        px_credentials_id: str | None | Unset = UNSET,
        px_credentials_name: str | None | Unset = UNSET,
        state: BackupTargetStateState
        | Literal["pending", "successful", "failed_create", "failed_delete", "failed_update"]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.backup_target_id = (
            None if backup_target_id is None or isinstance(backup_target_id, Unset) else backup_target_id
        )
        if backup_target_id is None:
            _nulls_given.append("backup_target_id")
        self.deployment_target_id = (
            None if deployment_target_id is None or isinstance(deployment_target_id, Unset) else deployment_target_id
        )
        if deployment_target_id is None:
            _nulls_given.append("deployment_target_id")
        self.error_code = (
            None if error_code is None or isinstance(error_code, Unset) else BackupTargetStateErrorCode(error_code)
        )
        if error_code is None:
            _nulls_given.append("error_code")
        self.error_details = None if error_details is None or isinstance(error_details, Unset) else error_details
        if error_details is None:
            _nulls_given.append("error_details")
        self.error_message = None if error_message is None or isinstance(error_message, Unset) else error_message
        if error_message is None:
            _nulls_given.append("error_message")
        self.px_credentials_id = (
            None if px_credentials_id is None or isinstance(px_credentials_id, Unset) else px_credentials_id
        )
        if px_credentials_id is None:
            _nulls_given.append("px_credentials_id")
        self.px_credentials_name = (
            None if px_credentials_name is None or isinstance(px_credentials_name, Unset) else px_credentials_name
        )
        if px_credentials_name is None:
            _nulls_given.append("px_credentials_name")
        self.state = None if state is None or isinstance(state, Unset) else BackupTargetStateState(state)
        if state is None:
            _nulls_given.append("state")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.backup_target_id is not None:
            field_dict["backup_target_id"] = self.backup_target_id
        elif "backup_target_id" in self._nulls:
            field_dict["backup_target_id"] = None
        if self.deployment_target_id is not None:
            field_dict["deployment_target_id"] = self.deployment_target_id
        elif "deployment_target_id" in self._nulls:
            field_dict["deployment_target_id"] = None
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code.value
        elif "error_code" in self._nulls:
            field_dict["error_code"] = None
        if self.error_details is not None:
            field_dict["error_details"] = self.error_details
        elif "error_details" in self._nulls:
            field_dict["error_details"] = None
        if self.error_message is not None:
            field_dict["error_message"] = self.error_message
        elif "error_message" in self._nulls:
            field_dict["error_message"] = None
        if self.px_credentials_id is not None:
            field_dict["px_credentials_id"] = self.px_credentials_id
        elif "px_credentials_id" in self._nulls:
            field_dict["px_credentials_id"] = None
        if self.px_credentials_name is not None:
            field_dict["px_credentials_name"] = self.px_credentials_name
        elif "px_credentials_name" in self._nulls:
            field_dict["px_credentials_name"] = None
        if self.state is not None:
            field_dict["state"] = self.state.value
        elif "state" in self._nulls:
            field_dict["state"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "BackupTargetState")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "BackupTargetState")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "backup_target_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_target_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_target_id = _v

            _f = "deployment_target_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.deployment_target_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_target_id = _v

            _f = "error_code"
            _v = _get(_f, None)
            if _v is None:
                _obj.error_code = None
            else:
                _obj.error_code = _m.parse_enum(BackupTargetStateErrorCode, _v)

            _f = "error_details"
            _v = _get(_f, None)
            if _v is None:
                _obj.error_details = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_details = _v

            _f = "error_message"
            _v = _get(_f, None)
            if _v is None:
                _obj.error_message = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_message = _v

            _f = "px_credentials_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.px_credentials_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_credentials_id = _v

            _f = "px_credentials_name"
            _v = _get(_f, None)
            if _v is None:
                _obj.px_credentials_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_credentials_name = _v

            _f = "state"
            _v = _get(_f, None)
            if _v is None:
                _obj.state = None
            else:
                _obj.state = _m.parse_enum(BackupTargetStateState, _v)

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
            _f = "backup_target_id"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_target_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_target_id = _v

            _f = "deployment_target_id"
            _v = src.get(_f)
            if _v is None:
                _obj.deployment_target_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_target_id = _v

            _f = "error_code"
            _v = src.get(_f)
            if _v is None:
                _obj.error_code = None
            else:
                _n += 1
                _obj.error_code = _m.parse_enum(BackupTargetStateErrorCode, _v)

            _f = "error_details"
            _v = src.get(_f)
            if _v is None:
                _obj.error_details = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_details = _v

            _f = "error_message"
            _v = src.get(_f)
            if _v is None:
                _obj.error_message = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_message = _v

            _f = "px_credentials_id"
            _v = src.get(_f)
            if _v is None:
                _obj.px_credentials_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_credentials_id = _v

            _f = "px_credentials_name"
            _v = src.get(_f)
            if _v is None:
                _obj.px_credentials_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_credentials_name = _v

            _f = "state"
            _v = src.get(_f)
            if _v is None:
                _obj.state = None
            else:
                _n += 1
                _obj.state = _m.parse_enum(BackupTargetStateState, _v)

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
