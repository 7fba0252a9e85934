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
    from ..models.connection_details import ConnectionDetails, ConnectionDetailsDict
    from ..models.deployment_connection_info_cluster_details import (
        DeploymentConnectionInfoClusterDetails,
        DeploymentConnectionInfoClusterDetailsDict,
    )
    from ..models.pod_info import PodInfo, PodInfoDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ConnectionDetails, DeploymentConnectionInfoClusterDetails, PodInfo
    from ..models.connection_details import ConnectionDetails  # noqa: PLC0415
    from ..models.deployment_connection_info_cluster_details import DeploymentConnectionInfoClusterDetails  # noqa: PLC0415
    from ..models.pod_info import PodInfo  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "cluster_details",
    "connection_details",
    "not_ready_pods",
    "pods",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "clusterDetails",
        "connectionDetails",
        "notReadyPods",
        "pods",
    }
)


# `DeploymentConnectionInfo` as a plain mapping of its JSON shape, accepted wherever a `DeploymentConnectionInfo` is.
class DeploymentConnectionInfoDict(TypedDict, total=False):
    clusterDetails: DeploymentConnectionInfoClusterDetailsDict
    connectionDetails: ConnectionDetailsDict
    notReadyPods: list[PodInfoDict]
    pods: list[PodInfoDict]


@_attrs_define(init=False, repr=False)
class DeploymentConnectionInfo:
    """Attributes:
    cluster_details (DeploymentConnectionInfoClusterDetails | None):
    connection_details (ConnectionDetails | None):
    not_ready_pods (list[PodInfo] | None):
    pods (list[PodInfo] | None):
    """

    cluster_details: DeploymentConnectionInfoClusterDetails | None = None
    connection_details: ConnectionDetails | None = None
    not_ready_pods: list[PodInfo] | None = None
    pods: list[PodInfo] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        cluster_details: DeploymentConnectionInfoClusterDetails
        | DeploymentConnectionInfoClusterDetailsDict
        | None
        | Unset = UNSET,
        connection_details: ConnectionDetails | ConnectionDetailsDict | None | Unset = UNSET,
        not_ready_pods: Sequence[PodInfo | PodInfoDict] | None | Unset = UNSET,
        pods: Sequence[PodInfo | PodInfoDict] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.cluster_details = (
            None
            if cluster_details is None or isinstance(cluster_details, Unset)
            else cluster_details
            if isinstance(cluster_details, DeploymentConnectionInfoClusterDetails)
            else DeploymentConnectionInfoClusterDetails.from_dict(cluster_details)
        )
        if cluster_details is None:
            _nulls_given.append("cluster_details")
        self.connection_details = (
            None
            if connection_details is None or isinstance(connection_details, Unset)
            else connection_details
            if isinstance(connection_details, ConnectionDetails)
            else ConnectionDetails.from_dict(connection_details)
        )
        if connection_details is None:
            _nulls_given.append("connection_details")
        self.not_ready_pods = (
            None
            if not_ready_pods is None or isinstance(not_ready_pods, Unset)
            else [_item if isinstance(_item, PodInfo) else PodInfo.from_dict(_item) for _item in not_ready_pods]
        )
        if not_ready_pods is None:
            _nulls_given.append("not_ready_pods")
        self.pods = (
            None
            if pods is None or isinstance(pods, Unset)
            else [_item if isinstance(_item, PodInfo) else PodInfo.from_dict(_item) for _item in pods]
        )
        if pods is None:
            _nulls_given.append("pods")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cluster_details is not None:
            field_dict["clusterDetails"] = self.cluster_details.to_dict()
        elif "cluster_details" in self._nulls:
            field_dict["clusterDetails"] = None
        if self.connection_details is not None:
            field_dict["connectionDetails"] = self.connection_details.to_dict()
        elif "connection_details" in self._nulls:
            field_dict["connectionDetails"] = None
        if self.not_ready_pods is not None:
            field_dict["notReadyPods"] = [_item.to_dict() for _item in self.not_ready_pods]
        elif "not_ready_pods" in self._nulls:
            field_dict["notReadyPods"] = None
        if self.pods is not None:
            field_dict["pods"] = [_item.to_dict() for _item in self.pods]
        elif "pods" in self._nulls:
            field_dict["pods"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DeploymentConnectionInfo")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DeploymentConnectionInfo")

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
            _f = "clusterDetails"
            _v = _get(_f, None)
            if _v is None:
                _obj.cluster_details = None
            else:
                _obj.cluster_details = DeploymentConnectionInfoClusterDetails._parse(_v)

            _f = "connectionDetails"
            _v = _get(_f, None)
            if _v is None:
                _obj.connection_details = None
            else:
                _obj.connection_details = ConnectionDetails._parse(_v)

            _f = "notReadyPods"
            _v = _get(_f, None)
            if _v is None:
                _obj.not_ready_pods = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(PodInfo._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.not_ready_pods = _l3

            _f = "pods"
            _v = _get(_f, None)
            if _v is None:
                _obj.pods = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4 = list(map(PodInfo._parse, _it4))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.pods = _l4

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
            _f = "clusterDetails"
            _v = src.get(_f)
            if _v is None:
                _obj.cluster_details = None
            else:
                _n += 1
                _obj.cluster_details = DeploymentConnectionInfoClusterDetails._from_json(_v)

            _f = "connectionDetails"
            _v = src.get(_f)
            if _v is None:
                _obj.connection_details = None
            else:
                _n += 1
                _obj.connection_details = ConnectionDetails._from_json(_v)

            _f = "notReadyPods"
            _v = src.get(_f)
            if _v is None:
                _obj.not_ready_pods = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(PodInfo._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.not_ready_pods = _l3

            _f = "pods"
            _v = src.get(_f)
            if _v is None:
                _obj.pods = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4[:] = map(PodInfo._from_json, _it4)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.pods = _l4

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
