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
    from ..models.token_claims import TokenClaims, TokenClaimsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, TokenClaims
    from ..models.token_claims import TokenClaims  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "claims",
    "expires_in",
    "id_token",
    "refresh_token",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "claims",
        "expiresIn",
        "idToken",
        "refreshToken",
    }
)


# `OidcTokens` as a plain mapping of its JSON shape, accepted wherever a `OidcTokens` is.
class OidcTokensDict(TypedDict, total=False):
    claims: TokenClaimsDict
    expiresIn: str
    idToken: str
    refreshToken: str


@_attrs_define(init=False, repr=False)
class OidcTokens:
    """Attributes:
    claims (TokenClaims | None):
    expires_in (str | None):
    id_token (str | None):
    refresh_token (str | None):
    """

    claims: TokenClaims | None = None
    expires_in: str | None = None
    id_token: str | None = None
    refresh_token: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        claims: TokenClaims | TokenClaimsDict | None | Unset = UNSET,
        expires_in: str | None | Unset = UNSET,
        id_token: str | None | Unset = UNSET,
        refresh_token: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.claims = (
            None
            if claims is None or isinstance(claims, Unset)
            else claims
            if isinstance(claims, TokenClaims)
            else TokenClaims.from_dict(claims)
        )
        if claims is None:
            _nulls_given.append("claims")
        self.expires_in = None if expires_in is None or isinstance(expires_in, Unset) else expires_in
        if expires_in is None:
            _nulls_given.append("expires_in")
        self.id_token = None if id_token is None or isinstance(id_token, Unset) else id_token
        if id_token is None:
            _nulls_given.append("id_token")
        self.refresh_token = None if refresh_token is None or isinstance(refresh_token, Unset) else refresh_token
        if refresh_token is None:
            _nulls_given.append("refresh_token")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.claims is not None:
            field_dict["claims"] = self.claims.to_dict()
        elif "claims" in self._nulls:
            field_dict["claims"] = None
        if self.expires_in is not None:
            field_dict["expiresIn"] = self.expires_in
        elif "expires_in" in self._nulls:
            field_dict["expiresIn"] = None
        if self.id_token is not None:
            field_dict["idToken"] = self.id_token
        elif "id_token" in self._nulls:
            field_dict["idToken"] = None
        if self.refresh_token is not None:
            field_dict["refreshToken"] = self.refresh_token
        elif "refresh_token" in self._nulls:
            field_dict["refreshToken"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "OidcTokens")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "OidcTokens")

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
            _f = "claims"
            _v = _get(_f, None)
            if _v is None:
                _obj.claims = None
            else:
                _obj.claims = TokenClaims._parse(_v)

            _f = "expiresIn"
            _v = _get(_f, None)
            if _v is None:
                _obj.expires_in = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.expires_in = _v

            _f = "idToken"
            _v = _get(_f, None)
            if _v is None:
                _obj.id_token = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.id_token = _v

            _f = "refreshToken"
            _v = _get(_f, None)
            if _v is None:
                _obj.refresh_token = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.refresh_token = _v

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
            _f = "claims"
            _v = src.get(_f)
            if _v is None:
                _obj.claims = None
            else:
                _n += 1
                _obj.claims = TokenClaims._from_json(_v)

            _f = "expiresIn"
            _v = src.get(_f)
            if _v is None:
                _obj.expires_in = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.expires_in = _v

            _f = "idToken"
            _v = src.get(_f)
            if _v is None:
                _obj.id_token = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.id_token = _v

            _f = "refreshToken"
            _v = src.get(_f)
            if _v is None:
                _obj.refresh_token = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.refresh_token = _v

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
