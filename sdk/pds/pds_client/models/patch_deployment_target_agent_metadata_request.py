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
    "kube_api_version",
    "kube_platform",
    "pds_chart_version",
    "px_csi_enabled",
    "px_service_namespace",
    "px_version",
    "teleport_agent_version",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "kube_api_version",
        "kube_platform",
        "pds_chart_version",
        "px_csi_enabled",
        "px_service_namespace",
        "px_version",
        "teleport_agent_version",
    }
)


# `PatchDeploymentTargetAgentMetadataRequest` as a plain mapping of its JSON shape, accepted wherever a `PatchDeploymentTargetAgentMetadataRequest` is.
class PatchDeploymentTargetAgentMetadataRequestDict(TypedDict, total=False):
    kube_api_version: str
    kube_platform: str
    pds_chart_version: str
    px_csi_enabled: str
    px_service_namespace: str
    px_version: str
    teleport_agent_version: str


@_attrs_define(init=False, repr=False)
class PatchDeploymentTargetAgentMetadataRequest:
    """Attributes:
    kube_api_version (str | None):
    kube_platform (str | None):
    pds_chart_version (str | None):
    px_csi_enabled (str | None):
    px_service_namespace (str | None):
    px_version (str | None):
    teleport_agent_version (str | None):
    """

    kube_api_version: str | None = None
    kube_platform: str | None = None
    pds_chart_version: str | None = None
    px_csi_enabled: str | None = None
    px_service_namespace: str | None = None
    px_version: str | None = None
    teleport_agent_version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        kube_api_version: str | None | Unset = UNSET,
        kube_platform: str | None | Unset = UNSET,
        pds_chart_version: str | None | Unset = UNSET,
        px_csi_enabled: str | None | Unset = UNSET,
        px_service_namespace: str | None | Unset = UNSET,
        px_version: str | None | Unset = UNSET,
        teleport_agent_version: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.kube_api_version = (
            None if kube_api_version is None or isinstance(kube_api_version, Unset) else kube_api_version
        )
        if kube_api_version is None:
            _nulls_given.append("kube_api_version")
        self.kube_platform = None if kube_platform is None or isinstance(kube_platform, Unset) else kube_platform
        if kube_platform is None:
            _nulls_given.append("kube_platform")
        self.pds_chart_version = (
            None if pds_chart_version is None or isinstance(pds_chart_version, Unset) else pds_chart_version
        )
        if pds_chart_version is None:
            _nulls_given.append("pds_chart_version")
        self.px_csi_enabled = None if px_csi_enabled is None or isinstance(px_csi_enabled, Unset) else px_csi_enabled
        if px_csi_enabled is None:
            _nulls_given.append("px_csi_enabled")
        self.px_service_namespace = (
            None if px_service_namespace is None or isinstance(px_service_namespace, Unset) else px_service_namespace
        )
        if px_service_namespace is None:
            _nulls_given.append("px_service_namespace")
        self.px_version = None if px_version is None or isinstance(px_version, Unset) else px_version
        if px_version is None:
            _nulls_given.append("px_version")
        self.teleport_agent_version = (
            None
            if teleport_agent_version is None or isinstance(teleport_agent_version, Unset)
            else teleport_agent_version
        )
        if teleport_agent_version is None:
            _nulls_given.append("teleport_agent_version")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.kube_api_version is not None:
            field_dict["kube_api_version"] = self.kube_api_version
        elif "kube_api_version" in self._nulls:
            field_dict["kube_api_version"] = None
        if self.kube_platform is not None:
            field_dict["kube_platform"] = self.kube_platform
        elif "kube_platform" in self._nulls:
            field_dict["kube_platform"] = None
        if self.pds_chart_version is not None:
            field_dict["pds_chart_version"] = self.pds_chart_version
        elif "pds_chart_version" in self._nulls:
            field_dict["pds_chart_version"] = None
        if self.px_csi_enabled is not None:
            field_dict["px_csi_enabled"] = self.px_csi_enabled
        elif "px_csi_enabled" in self._nulls:
            field_dict["px_csi_enabled"] = None
        if self.px_service_namespace is not None:
            field_dict["px_service_namespace"] = self.px_service_namespace
        elif "px_service_namespace" in self._nulls:
            field_dict["px_service_namespace"] = None
        if self.px_version is not None:
            field_dict["px_version"] = self.px_version
        elif "px_version" in self._nulls:
            field_dict["px_version"] = None
        if self.teleport_agent_version is not None:
            field_dict["teleport_agent_version"] = self.teleport_agent_version
        elif "teleport_agent_version" in self._nulls:
            field_dict["teleport_agent_version"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "PatchDeploymentTargetAgentMetadataRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "PatchDeploymentTargetAgentMetadataRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "kube_api_version"
            _v = _get(_f, None)
            if _v is None:
                _obj.kube_api_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kube_api_version = _v

            _f = "kube_platform"
            _v = _get(_f, None)
            if _v is None:
                _obj.kube_platform = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kube_platform = _v

            _f = "pds_chart_version"
            _v = _get(_f, None)
            if _v is None:
                _obj.pds_chart_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.pds_chart_version = _v

            _f = "px_csi_enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.px_csi_enabled = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_csi_enabled = _v

            _f = "px_service_namespace"
            _v = _get(_f, None)
            if _v is None:
                _obj.px_service_namespace = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_service_namespace = _v

            _f = "px_version"
            _v = _get(_f, None)
            if _v is None:
                _obj.px_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_version = _v

            _f = "teleport_agent_version"
            _v = _get(_f, None)
            if _v is None:
                _obj.teleport_agent_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_agent_version = _v

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
            _f = "kube_api_version"
            _v = src.get(_f)
            if _v is None:
                _obj.kube_api_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kube_api_version = _v

            _f = "kube_platform"
            _v = src.get(_f)
            if _v is None:
                _obj.kube_platform = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kube_platform = _v

            _f = "pds_chart_version"
            _v = src.get(_f)
            if _v is None:
                _obj.pds_chart_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.pds_chart_version = _v

            _f = "px_csi_enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.px_csi_enabled = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_csi_enabled = _v

            _f = "px_service_namespace"
            _v = src.get(_f)
            if _v is None:
                _obj.px_service_namespace = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_service_namespace = _v

            _f = "px_version"
            _v = src.get(_f)
            if _v is None:
                _obj.px_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.px_version = _v

            _f = "teleport_agent_version"
            _v = src.get(_f)
            if _v is None:
                _obj.teleport_agent_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.teleport_agent_version = _v

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
