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
    from ..models.partial_azure_credentials import PartialAzureCredentials, PartialAzureCredentialsDict
    from ..models.partial_google_credentials import PartialGoogleCredentials, PartialGoogleCredentialsDict
    from ..models.partial_s3_compatible_credentials import (
        PartialS3CompatibleCredentials,
        PartialS3CompatibleCredentialsDict,
    )
    from ..models.partial_s3_credentials import PartialS3Credentials, PartialS3CredentialsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        PartialAzureCredentials, \
        PartialGoogleCredentials, \
        PartialS3CompatibleCredentials, \
        PartialS3Credentials
    from ..models.partial_azure_credentials import PartialAzureCredentials  # noqa: PLC0415
    from ..models.partial_google_credentials import PartialGoogleCredentials  # noqa: PLC0415
    from ..models.partial_s3_compatible_credentials import PartialS3CompatibleCredentials  # noqa: PLC0415
    from ..models.partial_s3_credentials import PartialS3Credentials  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "azure",
    "google",
    "s3",
    "s3_compatible",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "azure",
        "google",
        "s3",
        "s3_compatible",
    }
)


# `PartialCredentials` as a plain mapping of its JSON shape, accepted wherever a `PartialCredentials` is.
class PartialCredentialsDict(TypedDict, total=False):
    azure: PartialAzureCredentialsDict
    google: PartialGoogleCredentialsDict
    s3: PartialS3CredentialsDict
    s3_compatible: PartialS3CompatibleCredentialsDict


@_attrs_define(init=False, repr=False)
class PartialCredentials:
    """Attributes:
    azure (PartialAzureCredentials | None):
    google (PartialGoogleCredentials | None):
    s3 (PartialS3Credentials | None):
    s3_compatible (PartialS3CompatibleCredentials | None):
    """

    azure: PartialAzureCredentials | None = None
    google: PartialGoogleCredentials | None = None
    s3: PartialS3Credentials | None = None
    s3_compatible: PartialS3CompatibleCredentials | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        azure: PartialAzureCredentials | PartialAzureCredentialsDict | None | Unset = UNSET,
        google: PartialGoogleCredentials | PartialGoogleCredentialsDict | None | Unset = UNSET,
        s3: PartialS3Credentials | PartialS3CredentialsDict | None | Unset = UNSET,
        s3_compatible: PartialS3CompatibleCredentials | PartialS3CompatibleCredentialsDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.azure = (
            None
            if azure is None or isinstance(azure, Unset)
            else azure
            if isinstance(azure, PartialAzureCredentials)
            else PartialAzureCredentials.from_dict(azure)
        )
        if azure is None:
            _nulls_given.append("azure")
        self.google = (
            None
            if google is None or isinstance(google, Unset)
            else google
            if isinstance(google, PartialGoogleCredentials)
            else PartialGoogleCredentials.from_dict(google)
        )
        if google is None:
            _nulls_given.append("google")
        self.s3 = (
            None
            if s3 is None or isinstance(s3, Unset)
            else s3
            if isinstance(s3, PartialS3Credentials)
            else PartialS3Credentials.from_dict(s3)
        )
        if s3 is None:
            _nulls_given.append("s3")
        self.s3_compatible = (
            None
            if s3_compatible is None or isinstance(s3_compatible, Unset)
            else s3_compatible
            if isinstance(s3_compatible, PartialS3CompatibleCredentials)
            else PartialS3CompatibleCredentials.from_dict(s3_compatible)
        )
        if s3_compatible is None:
            _nulls_given.append("s3_compatible")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.azure is not None:
            field_dict["azure"] = self.azure.to_dict()
        elif "azure" in self._nulls:
            field_dict["azure"] = None
        if self.google is not None:
            field_dict["google"] = self.google.to_dict()
        elif "google" in self._nulls:
            field_dict["google"] = None
        if self.s3 is not None:
            field_dict["s3"] = self.s3.to_dict()
        elif "s3" in self._nulls:
            field_dict["s3"] = None
        if self.s3_compatible is not None:
            field_dict["s3_compatible"] = self.s3_compatible.to_dict()
        elif "s3_compatible" in self._nulls:
            field_dict["s3_compatible"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "PartialCredentials")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "PartialCredentials")

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
            _f = "azure"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure = None
            else:
                _obj.azure = PartialAzureCredentials._parse(_v)

            _f = "google"
            _v = _get(_f, None)
            if _v is None:
                _obj.google = None
            else:
                _obj.google = PartialGoogleCredentials._parse(_v)

            _f = "s3"
            _v = _get(_f, None)
            if _v is None:
                _obj.s3 = None
            else:
                _obj.s3 = PartialS3Credentials._parse(_v)

            _f = "s3_compatible"
            _v = _get(_f, None)
            if _v is None:
                _obj.s3_compatible = None
            else:
                _obj.s3_compatible = PartialS3CompatibleCredentials._parse(_v)

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
            _f = "azure"
            _v = src.get(_f)
            if _v is None:
                _obj.azure = None
            else:
                _n += 1
                _obj.azure = PartialAzureCredentials._from_json(_v)

            _f = "google"
            _v = src.get(_f)
            if _v is None:
                _obj.google = None
            else:
                _n += 1
                _obj.google = PartialGoogleCredentials._from_json(_v)

            _f = "s3"
            _v = src.get(_f)
            if _v is None:
                _obj.s3 = None
            else:
                _n += 1
                _obj.s3 = PartialS3Credentials._from_json(_v)

            _f = "s3_compatible"
            _v = src.get(_f)
            if _v is None:
                _obj.s3_compatible = None
            else:
                _n += 1
                _obj.s3_compatible = PartialS3CompatibleCredentials._from_json(_v)

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
