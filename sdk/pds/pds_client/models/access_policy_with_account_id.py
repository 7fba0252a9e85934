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
    from ..models.binding import Binding, BindingDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Binding
    from ..models.binding import Binding  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "account",
    "account_id",
    "global_",
    "namespace",
    "project",
    "tenant",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "account",
        "account_id",
        "global",
        "namespace",
        "project",
        "tenant",
    }
)

# `AccessPolicyWithAccountID` as a plain mapping of its JSON shape, accepted wherever a `AccessPolicyWithAccountID` is.
AccessPolicyWithAccountIDDict = TypedDict(
    "AccessPolicyWithAccountIDDict",
    {
        "account": "list[str]",
        "account_id": "str",
        "global": "list[str]",
        "namespace": "list[BindingDict]",
        "project": "list[BindingDict]",
        "tenant": "list[BindingDict]",
    },
    total=False,
)


@_attrs_define(init=False, repr=False)
class AccessPolicyWithAccountID:
    """Attributes:
    account (list[str] | None):
    account_id (str | None):
    global_ (list[str] | None):
    namespace (list[Binding] | None):
    project (list[Binding] | None):
    tenant (list[Binding] | None):
    """

    account: list[str] | None = None
    account_id: str | None = None
    global_: list[str] | None = None
    namespace: list[Binding] | None = None
    project: list[Binding] | None = None
    tenant: list[Binding] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        account: list[str] | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        global_: list[str] | None | Unset = UNSET,
        namespace: Sequence[Binding | BindingDict] | None | Unset = UNSET,
        project: Sequence[Binding | BindingDict] | None | Unset = UNSET,
        tenant: Sequence[Binding | BindingDict] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.account = None if account is None or isinstance(account, Unset) else account
        if account is None:
            _nulls_given.append("account")
        self.account_id = None if account_id is None or isinstance(account_id, Unset) else account_id
        if account_id is None:
            _nulls_given.append("account_id")
        self.global_ = None if global_ is None or isinstance(global_, Unset) else global_
        if global_ is None:
            _nulls_given.append("global_")
        self.namespace = (
            None
            if namespace is None or isinstance(namespace, Unset)
            else [_item if isinstance(_item, Binding) else Binding.from_dict(_item) for _item in namespace]
        )
        if namespace is None:
            _nulls_given.append("namespace")
        self.project = (
            None
            if project is None or isinstance(project, Unset)
            else [_item if isinstance(_item, Binding) else Binding.from_dict(_item) for _item in project]
        )
        if project is None:
            _nulls_given.append("project")
        self.tenant = (
            None
            if tenant is None or isinstance(tenant, Unset)
            else [_item if isinstance(_item, Binding) else Binding.from_dict(_item) for _item in tenant]
        )
        if tenant is None:
            _nulls_given.append("tenant")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.account is not None:
            field_dict["account"] = list(self.account)
        elif "account" in self._nulls:
            field_dict["account"] = None
        if self.account_id is not None:
            field_dict["account_id"] = self.account_id
        elif "account_id" in self._nulls:
            field_dict["account_id"] = None
        if self.global_ is not None:
            field_dict["global"] = list(self.global_)
        elif "global_" in self._nulls:
            field_dict["global"] = None
        if self.namespace is not None:
            field_dict["namespace"] = [_item.to_dict() for _item in self.namespace]
        elif "namespace" in self._nulls:
            field_dict["namespace"] = None
        if self.project is not None:
            field_dict["project"] = [_item.to_dict() for _item in self.project]
        elif "project" in self._nulls:
            field_dict["project"] = None
        if self.tenant is not None:
            field_dict["tenant"] = [_item.to_dict() for _item in self.tenant]
        elif "tenant" in self._nulls:
            field_dict["tenant"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "AccessPolicyWithAccountID")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "AccessPolicyWithAccountID")

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
            _f = "account"
            _v = _get(_f, None)
            if _v is None:
                _obj.account = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i1, _x1 in enumerate(_l1):
                    if type(_x1) is not str and not isinstance(_x1, str):
                        raise _m.bad("a string", _x1).at_index(_i1)
                _obj.account = _l1[:]

            _f = "account_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.account_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.account_id = _v

            _f = "global"
            _v = _get(_f, None)
            if _v is None:
                _obj.global_ = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i3, _x3 in enumerate(_l3):
                    if type(_x3) is not str and not isinstance(_x3, str):
                        raise _m.bad("a string", _x3).at_index(_i3)
                _obj.global_ = _l3[:]

            _f = "namespace"
            _v = _get(_f, None)
            if _v is None:
                _obj.namespace = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4 = list(map(Binding._parse, _it4))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.namespace = _l4

            _f = "project"
            _v = _get(_f, None)
            if _v is None:
                _obj.project = None
            else:
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5 = list(map(Binding._parse, _it5))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.project = _l5

            _f = "tenant"
            _v = _get(_f, None)
            if _v is None:
                _obj.tenant = None
            else:
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it6 = iter(_l6)
                try:
                    _l6 = list(map(Binding._parse, _it6))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l6, _it6)) from None
                _obj.tenant = _l6

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
            _f = "account"
            _v = src.get(_f)
            if _v is None:
                _obj.account = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i1, _x1 in enumerate(_l1):
                    if type(_x1) is not str and not isinstance(_x1, str):
                        raise _m.bad("a string", _x1).at_index(_i1)
                _obj.account = _l1

            _f = "account_id"
            _v = src.get(_f)
            if _v is None:
                _obj.account_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.account_id = _v

            _f = "global"
            _v = src.get(_f)
            if _v is None:
                _obj.global_ = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i3, _x3 in enumerate(_l3):
                    if type(_x3) is not str and not isinstance(_x3, str):
                        raise _m.bad("a string", _x3).at_index(_i3)
                _obj.global_ = _l3

            _f = "namespace"
            _v = src.get(_f)
            if _v is None:
                _obj.namespace = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4[:] = map(Binding._from_json, _it4)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.namespace = _l4

            _f = "project"
            _v = src.get(_f)
            if _v is None:
                _obj.project = None
            else:
                _n += 1
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5[:] = map(Binding._from_json, _it5)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.project = _l5

            _f = "tenant"
            _v = src.get(_f)
            if _v is None:
                _obj.tenant = None
            else:
                _n += 1
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it6 = iter(_l6)
                try:
                    _l6[:] = map(Binding._from_json, _it6)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l6, _it6)) from None
                _obj.tenant = _l6

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
