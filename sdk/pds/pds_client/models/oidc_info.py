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
    "auth_url",
    "client_id",
    "issuer",
    "redirect_url",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "authUrl",
        "clientId",
        "issuer",
        "redirectUrl",
    }
)


# `OidcInfo` as a plain mapping of its JSON shape, accepted wherever a `OidcInfo` is.
class OidcInfoDict(TypedDict, total=False):
    authUrl: str
    clientId: str
    issuer: str
    redirectUrl: str


@_attrs_define(init=False, repr=False)
class OidcInfo:
    """Attributes:
    auth_url (str | None):
    client_id (str | None):
    issuer (str | None):
    redirect_url (str | None):
    """

    auth_url: str | None = None
    client_id: str | None = None
    issuer: str | None = None
    redirect_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        auth_url: str | None | Unset = UNSET,
        client_id: str | None | Unset = UNSET,
        issuer: str | None | Unset = UNSET,
        redirect_url: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.auth_url = None if auth_url is None or isinstance(auth_url, Unset) else auth_url
        if auth_url is None:
            _nulls_given.append("auth_url")
        self.client_id = None if client_id is None or isinstance(client_id, Unset) else client_id
        if client_id is None:
            _nulls_given.append("client_id")
        self.issuer = None if issuer is None or isinstance(issuer, Unset) else issuer
        if issuer is None:
            _nulls_given.append("issuer")
        self.redirect_url = None if redirect_url is None or isinstance(redirect_url, Unset) else redirect_url
        if redirect_url is None:
            _nulls_given.append("redirect_url")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.auth_url is not None:
            field_dict["authUrl"] = self.auth_url
        elif "auth_url" in self._nulls:
            field_dict["authUrl"] = None
        if self.client_id is not None:
            field_dict["clientId"] = self.client_id
        elif "client_id" in self._nulls:
            field_dict["clientId"] = None
        if self.issuer is not None:
            field_dict["issuer"] = self.issuer
        elif "issuer" in self._nulls:
            field_dict["issuer"] = None
        if self.redirect_url is not None:
            field_dict["redirectUrl"] = self.redirect_url
        elif "redirect_url" in self._nulls:
            field_dict["redirectUrl"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "OidcInfo")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "OidcInfo")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "authUrl"
            _v = _get(_f, None)
            if _v is None:
                _obj.auth_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.auth_url = _v

            _f = "clientId"
            _v = _get(_f, None)
            if _v is None:
                _obj.client_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.client_id = _v

            _f = "issuer"
            _v = _get(_f, None)
            if _v is None:
                _obj.issuer = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.issuer = _v

            _f = "redirectUrl"
            _v = _get(_f, None)
            if _v is None:
                _obj.redirect_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.redirect_url = _v

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
            _f = "authUrl"
            _v = src.get(_f)
            if _v is None:
                _obj.auth_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.auth_url = _v

            _f = "clientId"
            _v = src.get(_f)
            if _v is None:
                _obj.client_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.client_id = _v

            _f = "issuer"
            _v = src.get(_f)
            if _v is None:
                _obj.issuer = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.issuer = _v

            _f = "redirectUrl"
            _v = src.get(_f)
            if _v is None:
                _obj.redirect_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.redirect_url = _v

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
