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
    from ..models.pagination import Pagination, PaginationDict
    from ..models.resource_settings_template import ResourceSettingsTemplate, ResourceSettingsTemplateDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Pagination, ResourceSettingsTemplate
    from ..models.pagination import Pagination  # noqa: PLC0415
    from ..models.resource_settings_template import ResourceSettingsTemplate  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "data",
    "pagination",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "pagination",
    }
)


# `ResourceSettingsTemplateList` as a plain mapping of its JSON shape, accepted wherever a `ResourceSettingsTemplateList` is.
class ResourceSettingsTemplateListDict(TypedDict, total=False):
    data: list[ResourceSettingsTemplateDict]
    pagination: PaginationDict


@_attrs_define(init=False, repr=False)
class ResourceSettingsTemplateList:
    """A page of ResourceSettingsTemplate records. When `pagination.continuation` is set, pass it as the `continuation`
        query parameter to get the next page.

    Attributes:
            data (list[ResourceSettingsTemplate] | None):
            pagination (Pagination | None): Paging state of a list answer.
    """

    data: list[ResourceSettingsTemplate] | None = None
    pagination: Pagination | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        data: Sequence[ResourceSettingsTemplate | ResourceSettingsTemplateDict] | None | Unset = UNSET,
        pagination: Pagination | PaginationDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.data = (
            None
            if data is None or isinstance(data, Unset)
            else [
                _item if isinstance(_item, ResourceSettingsTemplate) else ResourceSettingsTemplate.from_dict(_item)
                for _item in data
            ]
        )
        if data is None:
            _nulls_given.append("data")
        self.pagination = (
            None
            if pagination is None or isinstance(pagination, Unset)
            else pagination
            if isinstance(pagination, Pagination)
            else Pagination.from_dict(pagination)
        )
        if pagination is None:
            _nulls_given.append("pagination")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.data is not None:
            field_dict["data"] = [_item.to_dict() for _item in self.data]
        elif "data" in self._nulls:
            field_dict["data"] = None
        if self.pagination is not None:
            field_dict["pagination"] = self.pagination.to_dict()
        elif "pagination" in self._nulls:
            field_dict["pagination"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ResourceSettingsTemplateList")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ResourceSettingsTemplateList")

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
            _f = "data"
            _v = _get(_f, None)
            if _v is None:
                _obj.data = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(ResourceSettingsTemplate._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.data = _l1

            _f = "pagination"
            _v = _get(_f, None)
            if _v is None:
                _obj.pagination = None
            else:
                _obj.pagination = Pagination._parse(_v)

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
            _f = "data"
            _v = src.get(_f)
            if _v is None:
                _obj.data = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(ResourceSettingsTemplate._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.data = _l1

            _f = "pagination"
            _v = src.get(_f)
            if _v is None:
                _obj.pagination = None
            else:
                _n += 1
                _obj.pagination = Pagination._from_json(_v)

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
