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
    from ..models.version_reference import VersionReference, VersionReferenceDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, VersionReference
    from ..models.version_reference import VersionReference  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "compatible",
    "data_service_id",
    "data_service_name",
    "latest_compatible",
    "latest_compatible_patch",
    "version_id",
    "version_name",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "compatible",
        "data_service_id",
        "data_service_name",
        "latest_compatible",
        "latest_compatible_patch",
        "version_id",
        "version_name",
    }
)


# `CompatibleVersions` as a plain mapping of its JSON shape, accepted wherever a `CompatibleVersions` is.
class CompatibleVersionsDict(TypedDict, total=False):
    compatible: list[VersionReferenceDict]
    data_service_id: str
    data_service_name: str
    latest_compatible: list[VersionReferenceDict]
    latest_compatible_patch: VersionReferenceDict
    version_id: str
    version_name: str


@_attrs_define(init=False, repr=False)
class CompatibleVersions:
    """Attributes:
    compatible (list[VersionReference] | None): Compatible contains all compatible versions.
    data_service_id (str | None):
    data_service_name (str | None):
    latest_compatible (list[VersionReference] | None): LatestCompatible contains the latest patch versions of compatible major/minor versions.
    latest_compatible_patch (VersionReference | None):
    version_id (str | None):
    version_name (str | None):
    """

    compatible: list[VersionReference] | None = None
    data_service_id: str | None = None
    data_service_name: str | None = None
    latest_compatible: list[VersionReference] | None = None
    latest_compatible_patch: VersionReference | None = None
    version_id: str | None = None
    version_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        compatible: Sequence[VersionReference | VersionReferenceDict] | None | Unset = UNSET,
        data_service_id: str | None | Unset = UNSET,
        data_service_name: str | None | Unset = UNSET,
        latest_compatible: Sequence[VersionReference | VersionReferenceDict] | None | Unset = UNSET,
        latest_compatible_patch: VersionReference | VersionReferenceDict | None | Unset = UNSET,
        version_id: str | None | Unset = UNSET,
        version_name: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.compatible = (
            None
            if compatible is None or isinstance(compatible, Unset)
            else [
                _item if isinstance(_item, VersionReference) else VersionReference.from_dict(_item)
                for _item in compatible
            ]
        )
        if compatible is None:
            _nulls_given.append("compatible")
        self.data_service_id = (
            None if data_service_id is None or isinstance(data_service_id, Unset) else data_service_id
        )
        if data_service_id is None:
            _nulls_given.append("data_service_id")
        self.data_service_name = (
            None if data_service_name is None or isinstance(data_service_name, Unset) else data_service_name
        )
        if data_service_name is None:
            _nulls_given.append("data_service_name")
        self.latest_compatible = (
            None
            if latest_compatible is None or isinstance(latest_compatible, Unset)
            else [
                _item if isinstance(_item, VersionReference) else VersionReference.from_dict(_item)
                for _item in latest_compatible
            ]
        )
        if latest_compatible is None:
            _nulls_given.append("latest_compatible")
        self.latest_compatible_patch = (
            None
            if latest_compatible_patch is None or isinstance(latest_compatible_patch, Unset)
            else latest_compatible_patch
            if isinstance(latest_compatible_patch, VersionReference)
            else VersionReference.from_dict(latest_compatible_patch)
        )
        if latest_compatible_patch is None:
            _nulls_given.append("latest_compatible_patch")
        self.version_id = None if version_id is None or isinstance(version_id, Unset) else version_id
        if version_id is None:
            _nulls_given.append("version_id")
        self.version_name = None if version_name is None or isinstance(version_name, Unset) else version_name
        if version_name is None:
            _nulls_given.append("version_name")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.compatible is not None:
            field_dict["compatible"] = [_item.to_dict() for _item in self.compatible]
        elif "compatible" in self._nulls:
            field_dict["compatible"] = None
        if self.data_service_id is not None:
            field_dict["data_service_id"] = self.data_service_id
        elif "data_service_id" in self._nulls:
            field_dict["data_service_id"] = None
        if self.data_service_name is not None:
            field_dict["data_service_name"] = self.data_service_name
        elif "data_service_name" in self._nulls:
            field_dict["data_service_name"] = None
        if self.latest_compatible is not None:
            field_dict["latest_compatible"] = [_item.to_dict() for _item in self.latest_compatible]
        elif "latest_compatible" in self._nulls:
            field_dict["latest_compatible"] = None
        if self.latest_compatible_patch is not None:
            field_dict["latest_compatible_patch"] = self.latest_compatible_patch.to_dict()
        elif "latest_compatible_patch" in self._nulls:
            field_dict["latest_compatible_patch"] = None
        if self.version_id is not None:
            field_dict["version_id"] = self.version_id
        elif "version_id" in self._nulls:
            field_dict["version_id"] = None
        if self.version_name is not None:
            field_dict["version_name"] = self.version_name
        elif "version_name" in self._nulls:
            field_dict["version_name"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CompatibleVersions")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CompatibleVersions")

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
            _f = "compatible"
            _v = _get(_f, None)
            if _v is None:
                _obj.compatible = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(VersionReference._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.compatible = _l1

            _f = "data_service_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.data_service_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_id = _v

            _f = "data_service_name"
            _v = _get(_f, None)
            if _v is None:
                _obj.data_service_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_name = _v

            _f = "latest_compatible"
            _v = _get(_f, None)
            if _v is None:
                _obj.latest_compatible = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4 = list(map(VersionReference._parse, _it4))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.latest_compatible = _l4

            _f = "latest_compatible_patch"
            _v = _get(_f, None)
            if _v is None:
                _obj.latest_compatible_patch = None
            else:
                _obj.latest_compatible_patch = VersionReference._parse(_v)

            _f = "version_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.version_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.version_id = _v

            _f = "version_name"
            _v = _get(_f, None)
            if _v is None:
                _obj.version_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.version_name = _v

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
            _f = "compatible"
            _v = src.get(_f)
            if _v is None:
                _obj.compatible = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(VersionReference._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.compatible = _l1

            _f = "data_service_id"
            _v = src.get(_f)
            if _v is None:
                _obj.data_service_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_id = _v

            _f = "data_service_name"
            _v = src.get(_f)
            if _v is None:
                _obj.data_service_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_name = _v

            _f = "latest_compatible"
            _v = src.get(_f)
            if _v is None:
                _obj.latest_compatible = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4[:] = map(VersionReference._from_json, _it4)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.latest_compatible = _l4

            _f = "latest_compatible_patch"
            _v = src.get(_f)
            if _v is None:
                _obj.latest_compatible_patch = None
            else:
                _n += 1
                _obj.latest_compatible_patch = VersionReference._from_json(_v)

            _f = "version_id"
            _v = src.get(_f)
            if _v is None:
                _obj.version_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.version_id = _v

            _f = "version_name"
            _v = src.get(_f)
            if _v is None:
                _obj.version_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.version_name = _v

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
