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
        d = dict(src_dict)
        max_replicas = d.pop("maxReplicas")

        min_replicas = d.pop("minReplicas")

        idle_minutes_before_scaling_down = d.pop("idleMinutesBeforeScalingDown", UNSET)

        idle_threshold = d.pop("idleThreshold", UNSET)

        over_utilized_minutes_before_scaling_up = d.pop("overUtilizedMinutesBeforeScalingUp", UNSET)

        over_utilized_threshold = d.pop("overUtilizedThreshold", UNSET)

        _scaling_metric = d.pop("scalingMetric", UNSET)
        scaling_metric: AutoScalingMetricSpec | Unset
        if isinstance(_scaling_metric, Unset):
            scaling_metric = UNSET
        else:
            scaling_metric = AutoScalingMetricSpec.from_dict(_scaling_metric)

        autoscaling_policy = cls(
            max_replicas=max_replicas,
            min_replicas=min_replicas,
            idle_minutes_before_scaling_down=idle_minutes_before_scaling_down,
            idle_threshold=idle_threshold,
            over_utilized_minutes_before_scaling_up=over_utilized_minutes_before_scaling_up,
            over_utilized_threshold=over_utilized_threshold,
            scaling_metric=scaling_metric,
        )

        autoscaling_policy.additional_properties = d
        return autoscaling_policy

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
