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
    "certificate_base_64",
    "expiration_date",
    "license_base_64",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "certificateBase64",
        "expirationDate",
        "licenseBase64",
    }
)


# `SubscriptionLicense` as a plain mapping of its JSON shape, accepted wherever a `SubscriptionLicense` is.
class SubscriptionLicenseDict(TypedDict, total=False):
    certificateBase64: str
    expirationDate: str
    licenseBase64: str


@_attrs_define(init=False, repr=False)
class SubscriptionLicense:
    """Attributes:
    certificate_base_64 (str | None): Public certificate used to sign the license in Base 64 format
    expiration_date (str | None): Current expiration of the license in RFC 3339 format. The license will be renewed periodically
        before this date while the subscription is active.
    license_base_64 (str | None): License file in Base 64 format
    """

    certificate_base_64: str | None = None
    expiration_date: str | None = None
    license_base_64: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        certificate_base_64: str | None | Unset = UNSET,
        expiration_date: str | None | Unset = UNSET,
        license_base_64: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.certificate_base_64 = (
            None if certificate_base_64 is None or isinstance(certificate_base_64, Unset) else certificate_base_64
        )
        if certificate_base_64 is None:
            _nulls_given.append("certificate_base_64")
        self.expiration_date = (
            None if expiration_date is None or isinstance(expiration_date, Unset) else expiration_date
        )
        if expiration_date is None:
            _nulls_given.append("expiration_date")
        self.license_base_64 = (
            None if license_base_64 is None or isinstance(license_base_64, Unset) else license_base_64
        )
        if license_base_64 is None:
            _nulls_given.append("license_base_64")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.certificate_base_64 is not None:
            field_dict["certificateBase64"] = self.certificate_base_64
        elif "certificate_base_64" in self._nulls:
            field_dict["certificateBase64"] = None
        if self.expiration_date is not None:
            field_dict["expirationDate"] = self.expiration_date
        elif "expiration_date" in self._nulls:
            field_dict["expirationDate"] = None
        if self.license_base_64 is not None:
            field_dict["licenseBase64"] = self.license_base_64
        elif "license_base_64" in self._nulls:
            field_dict["licenseBase64"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "SubscriptionLicense")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "SubscriptionLicense")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "certificateBase64"
            _v = _get(_f, None)
            if _v is None:
                _obj.certificate_base_64 = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.certificate_base_64 = _v

            _f = "expirationDate"
            _v = _get(_f, None)
            if _v is None:
                _obj.expiration_date = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.expiration_date = _v

            _f = "licenseBase64"
            _v = _get(_f, None)
            if _v is None:
                _obj.license_base_64 = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.license_base_64 = _v

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
            _f = "certificateBase64"
            _v = src.get(_f)
            if _v is None:
                _obj.certificate_base_64 = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.certificate_base_64 = _v

            _f = "expirationDate"
            _v = src.get(_f)
            if _v is None:
                _obj.expiration_date = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.expiration_date = _v

            _f = "licenseBase64"
            _v = src.get(_f)
            if _v is None:
                _obj.license_base_64 = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.license_base_64 = _v

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
