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
    "cluster_id",
    "pds_features",
    "pds_operator_version",
    "px_status",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "cluster_id",
        "pds_features",
        "pds_operator_version",
        "px_status",
    }
)


# `UpdateDeploymentTargetOperatorMetadataRequest` as a plain mapping of its JSON shape, accepted wherever a `UpdateDeploymentTargetOperatorMetadataRequest` is.
class UpdateDeploymentTargetOperatorMetadataRequestDict(TypedDict, total=False):
    cluster_id: str
    pds_features: str
    pds_operator_version: str
    px_status: str


@_attrs_define(init=False, repr=False)
class UpdateDeploymentTargetOperatorMetadataRequest:
    """Attributes:
    cluster_id (str | None):
    pds_features (str | None):
    pds_operator_version (str | None):
    px_status (str | None):
    """

    cluster_id: str | None = None
    pds_features: str | None = None
    pds_operator_version: str | None = None
    px_status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        cluster_id: str | None | Unset = UNSET,
        pds_features: str | None | Unset = UNSET,
        pds_operator_version: str | None | Unset = UNSET,
        px_status: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.cluster_id = None if cluster_id is None or isinstance(cluster_id, Unset) else cluster_id
        if cluster_id is None:
            _nulls_given.append("cluster_id")
        self.pds_features = None if pds_features is None or isinstance(pds_features, Unset) else pds_features
        if pds_features is None:
            _nulls_given.append("pds_features")
        self.pds_operator_version = (
            None if pds_operator_version is None or isinstance(pds_operator_version, Unset) else pds_operator_version
        )
        if pds_operator_version is None:
            _nulls_given.append("pds_operator_version")
        self.px_status = None if px_status is None or isinstance(px_status, Unset) else px_status
        if px_status is None:
            _nulls_given.append("px_status")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cluster_id is not None:
            field_dict["cluster_id"] = self.cluster_id
        elif "cluster_id" in self._nulls:
            field_dict["cluster_id"] = None
        if self.pds_features is not None:
            field_dict["pds_features"] = self.pds_features
        elif "pds_features" in self._nulls:
            field_dict["pds_features"] = None
        if self.pds_operator_version is not None:
            field_dict["pds_operator_version"] = self.pds_operator_version
        elif "pds_operator_version" in self._nulls:
            field_dict["pds_operator_version"] = None
        if self.px_status is not None:
            field_dict["px_status"] = self.px_status
        elif "px_status" in self._nulls:
            field_dict["px_status"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "UpdateDeploymentTargetOperatorMetadataRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "UpdateDeploymentTargetOperatorMetadataRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "cluster_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.cluster_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_id = _v

            _f = "pds_features"
            _v = _get(_f, None)
            if _v is None:
                _obj.pds_features = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.pds_features = _v

            _f = "pds_operator_version"
            _v = _get(_f, None)
            if _v is None:
                _obj.pds_operator_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.pds_operator_version = _v

            _f = "px_status"
            _v = _get(_f, None)
            if _v is None:
                _obj.px_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_status = _v

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
            _f = "cluster_id"
            _v = src.get(_f)
            if _v is None:
                _obj.cluster_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_id = _v

            _f = "pds_features"
            _v = src.get(_f)
            if _v is None:
                _obj.pds_features = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.pds_features = _v

            _f = "pds_operator_version"
            _v = src.get(_f)
            if _v is None:
                _obj.pds_operator_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.pds_operator_version = _v

            _f = "px_status"
            _v = src.get(_f)
            if _v is None:
                _obj.px_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_status = _v

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
