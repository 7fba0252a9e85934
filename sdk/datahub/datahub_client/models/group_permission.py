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
from ..models.group_scope import GroupScope
from ..types import File, Unset

if TYPE_CHECKING:
    from ..models.group_principal import GroupPrincipal, GroupPrincipalDict
    from ..models.tenant_principal import TenantPrincipal, TenantPrincipalDict
    from ..models.user_principal import UserPrincipal, UserPrincipalDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, GroupPrincipal, TenantPrincipal, UserPrincipal
    from ..models.group_principal import GroupPrincipal  # noqa: PLC0415
    from ..models.tenant_principal import TenantPrincipal  # noqa: PLC0415
    from ..models.user_principal import UserPrincipal  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "scopes",
    "principals",
)
_OPTIONAL: tuple[str, ...] = ()
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "scopes",
        "principals",
    }
)


# `GroupPermission` as a plain mapping of its JSON shape, accepted wherever a `GroupPermission` is.
class GroupPermissionDict(TypedDict, total=False):
    scopes: Required[
        list[GroupScope | Literal["group:dashboard-edit", "group:dashboard-view", "group:view", "group:admin"]]
    ]
    principals: Required[list[GroupPrincipalDict | TenantPrincipalDict | UserPrincipalDict]]


@_attrs_define(init=False, repr=False)
class GroupPermission:
    """A grant of scopes on a group to principals.

    Attributes:
            scopes (list[GroupScope]): The scopes granted.
            principals (list[GroupPrincipal | TenantPrincipal | UserPrincipal]): Who is granted the scopes.
    """

    scopes: list[GroupScope]
    principals: list[GroupPrincipal | TenantPrincipal | UserPrincipal]
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        scopes: Sequence[
            GroupScope | Literal["group:dashboard-edit", "group:dashboard-view", "group:view", "group:admin"]
        ],
        principals: list[GroupPrincipal | TenantPrincipal | UserPrincipal],
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        self.scopes = [GroupScope(_item) for _item in scopes]
        self.principals = principals
        self._nulls = frozenset()

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = {}
        field_dict["scopes"] = _m.dump(self.scopes)
        field_dict["principals"] = _m.dump(self.principals)
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GroupPermission")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GroupPermission")

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
            _f = "scopes"
            _v = _get(_f, _MISSING)
            _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r1: list[GroupScope] = []
            for _i1, _x1 in enumerate(_l1):
                try:
                    _v1 = _m.parse_enum(GroupScope, _x1)

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i1) from None
                _r1.append(_v1)
            _obj.scopes = _r1

            _f = "principals"
            _v = _get(_f, _MISSING)
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r2: list[GroupPrincipal | TenantPrincipal | UserPrincipal] = []
            for _i2, _x2 in enumerate(_l2):
                try:
                    _u2i: GroupPrincipal | TenantPrincipal | UserPrincipal
                    try:
                        _u2i = GroupPrincipal._parse(_x2)

                    except _m.PARSE_ERRORS:
                        try:
                            _u2i = TenantPrincipal._parse(_x2)

                        except _m.PARSE_ERRORS:
                            try:
                                _u2i = UserPrincipal._parse(_x2)

                            except _m.PARSE_ERRORS:
                                raise _m.bad("GroupPrincipal or TenantPrincipal or UserPrincipal", _x2) from None

                    _v2 = _u2i

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i2) from None
                _r2.append(_v2)
            _obj.principals = _r2

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
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
        _f = ""
        try:
            _f = "scopes"
            _v = src[_f]
            _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r1: list[GroupScope] = []
            for _i1, _x1 in enumerate(_l1):
                try:
                    _v1 = _m.parse_enum(GroupScope, _x1)

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i1) from None
                _r1.append(_v1)
            _obj.scopes = _r1

            _f = "principals"
            _v = src[_f]
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _r2: list[GroupPrincipal | TenantPrincipal | UserPrincipal] = []
            for _i2, _x2 in enumerate(_l2):
                try:
                    _u2i: GroupPrincipal | TenantPrincipal | UserPrincipal
                    try:
                        _u2i = GroupPrincipal._parse(_x2)

                    except _m.PARSE_ERRORS:
                        try:
                            _u2i = TenantPrincipal._parse(_x2)

                        except _m.PARSE_ERRORS:
                            try:
                                _u2i = UserPrincipal._parse(_x2)

                            except _m.PARSE_ERRORS:
                                raise _m.bad("GroupPrincipal or TenantPrincipal or UserPrincipal", _x2) from None

                    _v2 = _u2i

                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_i2) from None
                _r2.append(_v2)
            _obj.principals = _r2

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj._nulls = _m.NO_NULLS
        return _obj
