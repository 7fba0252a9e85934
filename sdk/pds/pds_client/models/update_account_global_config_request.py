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
from ..models.update_account_global_config_request_tls_preview_enabled import (
    UpdateAccountGlobalConfigRequestTlsPreviewEnabled,
)
from ..models.update_account_global_config_request_version_availability import (
    UpdateAccountGlobalConfigRequestVersionAvailability,
)
from ..models.update_account_global_config_request_version_updatability import (
    UpdateAccountGlobalConfigRequestVersionUpdatability,
)
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "tls_preview_enabled",
    "version_availability",
    "version_updatability",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "tls_preview_enabled",
        "version_availability",
        "version_updatability",
    }
)


# `UpdateAccountGlobalConfigRequest` as a plain mapping of its JSON shape, accepted wherever a `UpdateAccountGlobalConfigRequest` is.
class UpdateAccountGlobalConfigRequestDict(TypedDict, total=False):
    tls_preview_enabled: UpdateAccountGlobalConfigRequestTlsPreviewEnabled | Literal["all"]
    version_availability: UpdateAccountGlobalConfigRequestVersionAvailability | Literal["all"]
    version_updatability: UpdateAccountGlobalConfigRequestVersionUpdatability | Literal["all"]


@_attrs_define(init=False, repr=False)
class UpdateAccountGlobalConfigRequest:
    """Attributes:
    tls_preview_enabled (UpdateAccountGlobalConfigRequestTlsPreviewEnabled | None): Specify if the TLS Preview feature should be enabled for this account.
    version_availability (UpdateAccountGlobalConfigRequestVersionAvailability | None): Specify what data service versions are available for deployment for this account.
    version_updatability (UpdateAccountGlobalConfigRequestVersionUpdatability | None): Specify what data service versions are updatable for this account.
    """

    tls_preview_enabled: UpdateAccountGlobalConfigRequestTlsPreviewEnabled | None = None
    version_availability: UpdateAccountGlobalConfigRequestVersionAvailability | None = None
    version_updatability: UpdateAccountGlobalConfigRequestVersionUpdatability | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        tls_preview_enabled: UpdateAccountGlobalConfigRequestTlsPreviewEnabled | Literal["all"] | None | Unset = UNSET,
        version_availability: UpdateAccountGlobalConfigRequestVersionAvailability
        | Literal["all"]
        | None
        | Unset = UNSET,
        version_updatability: UpdateAccountGlobalConfigRequestVersionUpdatability
        | Literal["all"]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.tls_preview_enabled = (
            None
            if tls_preview_enabled is None or isinstance(tls_preview_enabled, Unset)
            else UpdateAccountGlobalConfigRequestTlsPreviewEnabled(tls_preview_enabled)
        )
        if tls_preview_enabled is None:
            _nulls_given.append("tls_preview_enabled")
        self.version_availability = (
            None
            if version_availability is None or isinstance(version_availability, Unset)
            else UpdateAccountGlobalConfigRequestVersionAvailability(version_availability)
        )
        if version_availability is None:
            _nulls_given.append("version_availability")
        self.version_updatability = (
            None
            if version_updatability is None or isinstance(version_updatability, Unset)
            else UpdateAccountGlobalConfigRequestVersionUpdatability(version_updatability)
        )
        if version_updatability is None:
            _nulls_given.append("version_updatability")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.tls_preview_enabled is not None:
            field_dict["tls_preview_enabled"] = self.tls_preview_enabled.value
        elif "tls_preview_enabled" in self._nulls:
            field_dict["tls_preview_enabled"] = None
        if self.version_availability is not None:
            field_dict["version_availability"] = self.version_availability.value
        elif "version_availability" in self._nulls:
            field_dict["version_availability"] = None
        if self.version_updatability is not None:
            field_dict["version_updatability"] = self.version_updatability.value
        elif "version_updatability" in self._nulls:
            field_dict["version_updatability"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "UpdateAccountGlobalConfigRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "UpdateAccountGlobalConfigRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "tls_preview_enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls_preview_enabled = None
            else:
                _obj.tls_preview_enabled = _m.parse_enum(UpdateAccountGlobalConfigRequestTlsPreviewEnabled, _v)

            _f = "version_availability"
            _v = _get(_f, None)
            if _v is None:
                _obj.version_availability = None
            else:
                _obj.version_availability = _m.parse_enum(UpdateAccountGlobalConfigRequestVersionAvailability, _v)

            _f = "version_updatability"
            _v = _get(_f, None)
            if _v is None:
                _obj.version_updatability = None
            else:
                _obj.version_updatability = _m.parse_enum(UpdateAccountGlobalConfigRequestVersionUpdatability, _v)

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
            _f = "tls_preview_enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.tls_preview_enabled = None
            else:
                _n += 1
                _obj.tls_preview_enabled = _m.parse_enum(UpdateAccountGlobalConfigRequestTlsPreviewEnabled, _v)

            _f = "version_availability"
            _v = src.get(_f)
            if _v is None:
                _obj.version_availability = None
            else:
                _n += 1
                _obj.version_availability = _m.parse_enum(UpdateAccountGlobalConfigRequestVersionAvailability, _v)

            _f = "version_updatability"
            _v = src.get(_f)
            if _v is None:
                _obj.version_updatability = None
            else:
                _n += 1
                _obj.version_updatability = _m.parse_enum(UpdateAccountGlobalConfigRequestVersionUpdatability, _v)

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
