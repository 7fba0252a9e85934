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
    from ..models.who_am_i_service_account import WhoAmIServiceAccount, WhoAmIServiceAccountDict
    from ..models.who_am_i_service_identity import WhoAmIServiceIdentity, WhoAmIServiceIdentityDict
    from ..models.who_am_i_user import WhoAmIUser, WhoAmIUserDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, WhoAmIServiceAccount, WhoAmIServiceIdentity, WhoAmIUser
    from ..models.who_am_i_service_account import WhoAmIServiceAccount  # noqa: PLC0415
    from ..models.who_am_i_service_identity import WhoAmIServiceIdentity  # noqa: PLC0415
    from ..models.who_am_i_user import WhoAmIUser  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "service_account",
    "service_identity",
    "user",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "service_account",
        "service_identity",
        "user",
    }
)


# `WhoAmI` as a plain mapping of its JSON shape, accepted wherever a `WhoAmI` is.
class WhoAmIDict(TypedDict, total=False):
    service_account: WhoAmIServiceAccountDict
    service_identity: WhoAmIServiceIdentityDict
    user: WhoAmIUserDict


@_attrs_define(init=False, repr=False)
class WhoAmI:
    """Attributes:
    service_account (WhoAmIServiceAccount | None):
    service_identity (WhoAmIServiceIdentity | None):
    user (WhoAmIUser | None):
    """

    service_account: WhoAmIServiceAccount | None = None
    service_identity: WhoAmIServiceIdentity | None = None
    user: WhoAmIUser | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        service_account: WhoAmIServiceAccount | WhoAmIServiceAccountDict | None | Unset = UNSET,
        service_identity: WhoAmIServiceIdentity | WhoAmIServiceIdentityDict | None | Unset = UNSET,
        user: WhoAmIUser | WhoAmIUserDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.service_account = (
            None
            if service_account is None or isinstance(service_account, Unset)
            else service_account
            if isinstance(service_account, WhoAmIServiceAccount)
            else WhoAmIServiceAccount.from_dict(service_account)
        )
        if service_account is None:
            _nulls_given.append("service_account")
        self.service_identity = (
            None
            if service_identity is None or isinstance(service_identity, Unset)
            else service_identity
            if isinstance(service_identity, WhoAmIServiceIdentity)
            else WhoAmIServiceIdentity.from_dict(service_identity)
        )
        if service_identity is None:
            _nulls_given.append("service_identity")
        self.user = (
            None
            if user is None or isinstance(user, Unset)
            else user
            if isinstance(user, WhoAmIUser)
            else WhoAmIUser.from_dict(user)
        )
        if user is None:
            _nulls_given.append("user")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.service_account is not None:
            field_dict["service_account"] = self.service_account.to_dict()
        elif "service_account" in self._nulls:
            field_dict["service_account"] = None
        if self.service_identity is not None:
            field_dict["service_identity"] = self.service_identity.to_dict()
        elif "service_identity" in self._nulls:
            field_dict["service_identity"] = None
        if self.user is not None:
            field_dict["user"] = self.user.to_dict()
        elif "user" in self._nulls:
            field_dict["user"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "WhoAmI")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "WhoAmI")

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
            _f = "service_account"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_account = None
            else:
                _obj.service_account = WhoAmIServiceAccount._parse(_v)

            _f = "service_identity"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_identity = None
            else:
                _obj.service_identity = WhoAmIServiceIdentity._parse(_v)

            _f = "user"
            _v = _get(_f, None)
            if _v is None:
                _obj.user = None
            else:
                _obj.user = WhoAmIUser._parse(_v)

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
            _f = "service_account"
            _v = src.get(_f)
            if _v is None:
                _obj.service_account = None
            else:
                _n += 1
                _obj.service_account = WhoAmIServiceAccount._from_json(_v)

            _f = "service_identity"
            _v = src.get(_f)
            if _v is None:
                _obj.service_identity = None
            else:
                _n += 1
                _obj.service_identity = WhoAmIServiceIdentity._from_json(_v)

            _f = "user"
            _v = src.get(_f)
            if _v is None:
                _obj.user = None
            else:
                _n += 1
                _obj.user = WhoAmIUser._from_json(_v)

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
