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
    from ..models.auto_scaling_metric_spec import AutoScalingMetricSpec, AutoScalingMetricSpecDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, AutoScalingMetricSpec
    from ..models.auto_scaling_metric_spec import AutoScalingMetricSpec  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "max_replicas",
    "min_replicas",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "idle_minutes_before_scaling_down",
    "idle_threshold",
    "over_utilized_minutes_before_scaling_up",
    "over_utilized_threshold",
    "scaling_metric",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "maxReplicas",
        "minReplicas",
        "idleMinutesBeforeScalingDown",
        "idleThreshold",
        "overUtilizedMinutesBeforeScalingUp",
        "overUtilizedThreshold",
        "scalingMetric",
    }
)


# `AutoscalingPolicy` as a plain mapping of its JSON shape, accepted wherever a `AutoscalingPolicy` is.
class AutoscalingPolicyDict(TypedDict, total=False):
    maxReplicas: Required[str]
    minReplicas: Required[str]
    idleMinutesBeforeScalingDown: int
    idleThreshold: int
    overUtilizedMinutesBeforeScalingUp: int
    overUtilizedThreshold: int
    scalingMetric: AutoScalingMetricSpecDict


@_attrs_define(init=False, repr=False)
class AutoscalingPolicy:
    """Autoscaling policy for compute nodes

    Attributes:
            max_replicas (str): Maximum number of compute nodes to provision
            min_replicas (str): Minimum number of compute nodes to provision
            idle_minutes_before_scaling_down (int | None): Minutes before scaling down the compute nodes in idle state
            idle_threshold (int | None): Metric value below threshold will be considered to be idle
            over_utilized_minutes_before_scaling_up (int | None): Minutes before scaling up the compute nodes in overUtilized state
            over_utilized_threshold (int | None): Metric value beyond threshold will be considered to be overUtilized
            scaling_metric (AutoScalingMetricSpec | None):
    """

    max_replicas: str
    min_replicas: str
    idle_minutes_before_scaling_down: int | None = None
    idle_threshold: int | None = None
    over_utilized_minutes_before_scaling_up: int | None = None
    over_utilized_threshold: int | None = None
    scaling_metric: AutoScalingMetricSpec | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        max_replicas: str,
        min_replicas: str,
        idle_minutes_before_scaling_down: int | None | Unset = UNSET,
        idle_threshold: int | None | Unset = UNSET,
        over_utilized_minutes_before_scaling_up: int | None | Unset = UNSET,
        over_utilized_threshold: int | None | Unset = UNSET,
        scaling_metric: AutoScalingMetricSpec | AutoScalingMetricSpecDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.max_replicas = max_replicas
        self.min_replicas = min_replicas
        self.idle_minutes_before_scaling_down = (
            None
            if idle_minutes_before_scaling_down is None or isinstance(idle_minutes_before_scaling_down, Unset)
            else idle_minutes_before_scaling_down
        )
        if idle_minutes_before_scaling_down is None:
            _nulls_given.append("idle_minutes_before_scaling_down")
        self.idle_threshold = None if idle_threshold is None or isinstance(idle_threshold, Unset) else idle_threshold
        if idle_threshold is None:
            _nulls_given.append("idle_threshold")
        self.over_utilized_minutes_before_scaling_up = (
            None
            if over_utilized_minutes_before_scaling_up is None
            or isinstance(over_utilized_minutes_before_scaling_up, Unset)
            else over_utilized_minutes_before_scaling_up
        )
        if over_utilized_minutes_before_scaling_up is None:
            _nulls_given.append("over_utilized_minutes_before_scaling_up")
        self.over_utilized_threshold = (
            None
            if over_utilized_threshold is None or isinstance(over_utilized_threshold, Unset)
            else over_utilized_threshold
        )
        if over_utilized_threshold is None:
            _nulls_given.append("over_utilized_threshold")
        self.scaling_metric = (
            None
            if scaling_metric is None or isinstance(scaling_metric, Unset)
            else scaling_metric
            if isinstance(scaling_metric, AutoScalingMetricSpec)
            else AutoScalingMetricSpec.from_dict(scaling_metric)
        )
        if scaling_metric is None:
            _nulls_given.append("scaling_metric")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["maxReplicas"] = self.max_replicas
        field_dict["minReplicas"] = self.min_replicas
        if self.idle_minutes_before_scaling_down is not None:
            field_dict["idleMinutesBeforeScalingDown"] = self.idle_minutes_before_scaling_down
        elif "idle_minutes_before_scaling_down" in self._nulls:
            field_dict["idleMinutesBeforeScalingDown"] = None
        if self.idle_threshold is not None:
            field_dict["idleThreshold"] = self.idle_threshold
        elif "idle_threshold" in self._nulls:
            field_dict["idleThreshold"] = None
        if self.over_utilized_minutes_before_scaling_up is not None:
            field_dict["overUtilizedMinutesBeforeScalingUp"] = self.over_utilized_minutes_before_scaling_up
        elif "over_utilized_minutes_before_scaling_up" in self._nulls:
            field_dict["overUtilizedMinutesBeforeScalingUp"] = None
        if self.over_utilized_threshold is not None:
            field_dict["overUtilizedThreshold"] = self.over_utilized_threshold
        elif "over_utilized_threshold" in self._nulls:
            field_dict["overUtilizedThreshold"] = None
        if self.scaling_metric is not None:
            field_dict["scalingMetric"] = self.scaling_metric.to_dict()
        elif "scaling_metric" in self._nulls:
            field_dict["scalingMetric"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "AutoscalingPolicy")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "AutoscalingPolicy")

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
            _f = "maxReplicas"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.max_replicas = _v

            _f = "minReplicas"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.min_replicas = _v

            _f = "idleMinutesBeforeScalingDown"
            _v = _get(_f, None)
            if _v is None:
                _obj.idle_minutes_before_scaling_down = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.idle_minutes_before_scaling_down = _v

            _f = "idleThreshold"
            _v = _get(_f, None)
            if _v is None:
                _obj.idle_threshold = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.idle_threshold = _v

            _f = "overUtilizedMinutesBeforeScalingUp"
            _v = _get(_f, None)
            if _v is None:
                _obj.over_utilized_minutes_before_scaling_up = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.over_utilized_minutes_before_scaling_up = _v

            _f = "overUtilizedThreshold"
            _v = _get(_f, None)
            if _v is None:
                _obj.over_utilized_threshold = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.over_utilized_threshold = _v

            _f = "scalingMetric"
            _v = _get(_f, None)
            if _v is None:
                _obj.scaling_metric = None
            else:
                _obj.scaling_metric = AutoScalingMetricSpec._parse(_v)

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
        _n = 2
        _f = ""
        try:
            _f = "maxReplicas"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.max_replicas = _v

            _f = "minReplicas"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.min_replicas = _v

            _f = "idleMinutesBeforeScalingDown"
            _v = src.get(_f)
            if _v is None:
                _obj.idle_minutes_before_scaling_down = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.idle_minutes_before_scaling_down = _v

            _f = "idleThreshold"
            _v = src.get(_f)
            if _v is None:
                _obj.idle_threshold = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.idle_threshold = _v

            _f = "overUtilizedMinutesBeforeScalingUp"
            _v = src.get(_f)
            if _v is None:
                _obj.over_utilized_minutes_before_scaling_up = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.over_utilized_minutes_before_scaling_up = _v

            _f = "overUtilizedThreshold"
            _v = src.get(_f)
            if _v is None:
                _obj.over_utilized_threshold = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.over_utilized_threshold = _v

            _f = "scalingMetric"
            _v = src.get(_f)
            if _v is None:
                _obj.scaling_metric = None
            else:
                _n += 1
                _obj.scaling_metric = AutoScalingMetricSpec._from_json(_v)

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
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
