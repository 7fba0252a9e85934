from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scaling_metric_spec import AutoScalingMetricSpec

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AutoScalingMetricSpec
    from ..models.auto_scaling_metric_spec import AutoScalingMetricSpec  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AutoscalingPolicy")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
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


@_attrs_define
class AutoscalingPolicy:
    """Autoscaling policy for compute nodes

    Attributes:
        max_replicas (str): Maximum number of compute nodes to provision
        min_replicas (str): Minimum number of compute nodes to provision
        idle_minutes_before_scaling_down (int | Unset): Minutes before scaling down the compute nodes in idle state
            Default: 5.
        idle_threshold (int | Unset): Metric value below threshold will be considered to be idle Default: 20.
        over_utilized_minutes_before_scaling_up (int | Unset): Minutes before scaling up the compute nodes in
            overUtilized state Default: 5.
        over_utilized_threshold (int | Unset): Metric value beyond threshold will be considered to be overUtilized
            Default: 80.
        scaling_metric (AutoScalingMetricSpec | Unset):
    """

    max_replicas: str
    min_replicas: str
    idle_minutes_before_scaling_down: int | Unset = 5
    idle_threshold: int | Unset = 20
    over_utilized_minutes_before_scaling_up: int | Unset = 5
    over_utilized_threshold: int | Unset = 80
    scaling_metric: AutoScalingMetricSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        max_replicas = self.max_replicas

        min_replicas = self.min_replicas

        idle_minutes_before_scaling_down = self.idle_minutes_before_scaling_down

        idle_threshold = self.idle_threshold

        over_utilized_minutes_before_scaling_up = self.over_utilized_minutes_before_scaling_up

        over_utilized_threshold = self.over_utilized_threshold

        scaling_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_metric, Unset):
            scaling_metric = self.scaling_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxReplicas": max_replicas,
                "minReplicas": min_replicas,
            }
        )
        if idle_minutes_before_scaling_down is not UNSET:
            field_dict["idleMinutesBeforeScalingDown"] = idle_minutes_before_scaling_down
        if idle_threshold is not UNSET:
            field_dict["idleThreshold"] = idle_threshold
        if over_utilized_minutes_before_scaling_up is not UNSET:
            field_dict["overUtilizedMinutesBeforeScalingUp"] = over_utilized_minutes_before_scaling_up
        if over_utilized_threshold is not UNSET:
            field_dict["overUtilizedThreshold"] = over_utilized_threshold
        if scaling_metric is not UNSET:
            field_dict["scalingMetric"] = scaling_metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.max_replicas = src_dict["maxReplicas"]

        _obj.min_replicas = src_dict["minReplicas"]

        _obj.idle_minutes_before_scaling_down = src_dict.get("idleMinutesBeforeScalingDown", UNSET)

        _obj.idle_threshold = src_dict.get("idleThreshold", UNSET)

        _obj.over_utilized_minutes_before_scaling_up = src_dict.get("overUtilizedMinutesBeforeScalingUp", UNSET)

        _obj.over_utilized_threshold = src_dict.get("overUtilizedThreshold", UNSET)

        _scaling_metric = src_dict.get("scalingMetric", UNSET)
        scaling_metric: AutoScalingMetricSpec | Unset
        if isinstance(_scaling_metric, Unset):
            scaling_metric = UNSET
        else:
            scaling_metric = AutoScalingMetricSpec.from_dict(_scaling_metric)

        _obj.scaling_metric = scaling_metric

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.max_replicas = _pop("maxReplicas")

        _obj.min_replicas = _pop("minReplicas")

        _obj.idle_minutes_before_scaling_down = _pop("idleMinutesBeforeScalingDown", UNSET)

        _obj.idle_threshold = _pop("idleThreshold", UNSET)

        _obj.over_utilized_minutes_before_scaling_up = _pop("overUtilizedMinutesBeforeScalingUp", UNSET)

        _obj.over_utilized_threshold = _pop("overUtilizedThreshold", UNSET)

        _scaling_metric = _pop("scalingMetric", UNSET)
        _obj.scaling_metric = UNSET if _scaling_metric is UNSET else AutoScalingMetricSpec._from_json(_scaling_metric)

        # An emptied dict keeps its table: a new empty one costs less memory (and the same to the collector).
        _obj.additional_properties = src_dict if src_dict else {}
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
