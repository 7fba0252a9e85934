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
from ..models.deployment_status_health import DeploymentStatusHealth
from ..models.deployment_status_initialized import DeploymentStatusInitialized
from ..models.deployment_status_status import DeploymentStatusStatus
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.resource_conditions import ResourceConditions, ResourceConditionsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ResourceConditions
    from ..models.resource_conditions import ResourceConditions  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "health",
    "initialized",
    "ready_replicas",
    "replicas",
    "resources",
    "restoring",
    "status",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "health",
        "initialized",
        "readyReplicas",
        "replicas",
        "resources",
        "restoring",
        "status",
    }
)


# `DeploymentStatus` as a plain mapping of its JSON shape, accepted wherever a `DeploymentStatus` is.
class DeploymentStatusDict(TypedDict, total=False):
    health: DeploymentStatusHealth | Literal["Available", "Partially Available", "Unknown", "Unavailable"]
    initialized: DeploymentStatusInitialized | Literal["Yes", "No", "Unknown", "Pending", "Manual"]
    readyReplicas: int
    replicas: int
    resources: list[ResourceConditionsDict]
    restoring: bool
    status: (
        DeploymentStatusStatus
        | Literal["Preparing", "Restoring", "Deploying", "Updating", "Failed", "Update Failed", "Timeout", "Deployed"]
    )


@_attrs_define(init=False, repr=False)
class DeploymentStatus:
    """Attributes:
    health (DeploymentStatusHealth | None):
    initialized (DeploymentStatusInitialized | None):
    ready_replicas (int | None):
    replicas (int | None):
    resources (list[ResourceConditions] | None):
    restoring (bool | None):
    status (DeploymentStatusStatus | None):
    """

    health: DeploymentStatusHealth | None = None
    initialized: DeploymentStatusInitialized | None = None
    ready_replicas: int | None = None
    replicas: int | None = None
    resources: list[ResourceConditions] | None = None
    restoring: bool | None = None
    status: DeploymentStatusStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        health: DeploymentStatusHealth
        | Literal["Available", "Partially Available", "Unknown", "Unavailable"]
        | None
        | Unset = UNSET,
        initialized: DeploymentStatusInitialized
        | Literal["Yes", "No", "Unknown", "Pending", "Manual"]
        | None
        | Unset = UNSET,
        ready_replicas: int | None | Unset = UNSET,
        replicas: int | None | Unset = UNSET,
        resources: Sequence[ResourceConditions | ResourceConditionsDict] | None | Unset = UNSET,
        restoring: bool | None | Unset = UNSET,
        status: DeploymentStatusStatus
        | Literal["Preparing", "Restoring", "Deploying", "Updating", "Failed", "Update Failed", "Timeout", "Deployed"]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.health = None if health is None or isinstance(health, Unset) else DeploymentStatusHealth(health)
        if health is None:
            _nulls_given.append("health")
        self.initialized = (
            None if initialized is None or isinstance(initialized, Unset) else DeploymentStatusInitialized(initialized)
        )
        if initialized is None:
            _nulls_given.append("initialized")
        self.ready_replicas = None if ready_replicas is None or isinstance(ready_replicas, Unset) else ready_replicas
        if ready_replicas is None:
            _nulls_given.append("ready_replicas")
        self.replicas = None if replicas is None or isinstance(replicas, Unset) else replicas
        if replicas is None:
            _nulls_given.append("replicas")
        self.resources = (
            None
            if resources is None or isinstance(resources, Unset)
            else [
                _item if isinstance(_item, ResourceConditions) else ResourceConditions.from_dict(_item)
                for _item in resources
            ]
        )
        if resources is None:
            _nulls_given.append("resources")
        self.restoring = None if restoring is None or isinstance(restoring, Unset) else restoring
        if restoring is None:
            _nulls_given.append("restoring")
        self.status = None if status is None or isinstance(status, Unset) else DeploymentStatusStatus(status)
        if status is None:
            _nulls_given.append("status")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.health is not None:
            field_dict["health"] = self.health.value
        elif "health" in self._nulls:
            field_dict["health"] = None
        if self.initialized is not None:
            field_dict["initialized"] = self.initialized.value
        elif "initialized" in self._nulls:
            field_dict["initialized"] = None
        if self.ready_replicas is not None:
            field_dict["readyReplicas"] = self.ready_replicas
        elif "ready_replicas" in self._nulls:
            field_dict["readyReplicas"] = None
        if self.replicas is not None:
            field_dict["replicas"] = self.replicas
        elif "replicas" in self._nulls:
            field_dict["replicas"] = None
        if self.resources is not None:
            field_dict["resources"] = [_item.to_dict() for _item in self.resources]
        elif "resources" in self._nulls:
            field_dict["resources"] = None
        if self.restoring is not None:
            field_dict["restoring"] = self.restoring
        elif "restoring" in self._nulls:
            field_dict["restoring"] = None
        if self.status is not None:
            field_dict["status"] = self.status.value
        elif "status" in self._nulls:
            field_dict["status"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DeploymentStatus")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DeploymentStatus")

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
            _f = "health"
            _v = _get(_f, None)
            if _v is None:
                _obj.health = None
            else:
                _obj.health = _m.parse_enum(DeploymentStatusHealth, _v)

            _f = "initialized"
            _v = _get(_f, None)
            if _v is None:
                _obj.initialized = None
            else:
                _obj.initialized = _m.parse_enum(DeploymentStatusInitialized, _v)

            _f = "readyReplicas"
            _v = _get(_f, None)
            if _v is None:
                _obj.ready_replicas = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.ready_replicas = _v

            _f = "replicas"
            _v = _get(_f, None)
            if _v is None:
                _obj.replicas = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.replicas = _v

            _f = "resources"
            _v = _get(_f, None)
            if _v is None:
                _obj.resources = None
            else:
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5 = list(map(ResourceConditions._parse, _it5))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.resources = _l5

            _f = "restoring"
            _v = _get(_f, None)
            if _v is None:
                _obj.restoring = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.restoring = _v

            _f = "status"
            _v = _get(_f, None)
            if _v is None:
                _obj.status = None
            else:
                _obj.status = _m.parse_enum(DeploymentStatusStatus, _v)

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
            _f = "health"
            _v = src.get(_f)
            if _v is None:
                _obj.health = None
            else:
                _n += 1
                _obj.health = _m.parse_enum(DeploymentStatusHealth, _v)

            _f = "initialized"
            _v = src.get(_f)
            if _v is None:
                _obj.initialized = None
            else:
                _n += 1
                _obj.initialized = _m.parse_enum(DeploymentStatusInitialized, _v)

            _f = "readyReplicas"
            _v = src.get(_f)
            if _v is None:
                _obj.ready_replicas = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.ready_replicas = _v

            _f = "replicas"
            _v = src.get(_f)
            if _v is None:
                _obj.replicas = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.replicas = _v

            _f = "resources"
            _v = src.get(_f)
            if _v is None:
                _obj.resources = None
            else:
                _n += 1
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5[:] = map(ResourceConditions._from_json, _it5)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.resources = _l5

            _f = "restoring"
            _v = src.get(_f)
            if _v is None:
                _obj.restoring = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.restoring = _v

            _f = "status"
            _v = src.get(_f)
            if _v is None:
                _obj.status = None
            else:
                _n += 1
                _obj.status = _m.parse_enum(DeploymentStatusStatus, _v)

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
