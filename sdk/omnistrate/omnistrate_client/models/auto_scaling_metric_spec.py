from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScalingMetricSpec")


@_attrs_define
class AutoScalingMetricSpec:
    """
    Attributes:
        metric_endpoint (str): The local host endpoint to supply prometheus metric
        metric_label_name (str): The prometheus metric label name for scaling
        metric_label_value (str): The prometheus metric label value for scaling
        metric_name (str): The prometheus metric name for scaling
    """

    metric_endpoint: str
    metric_label_name: str
    metric_label_value: str
    metric_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_endpoint = self.metric_endpoint

        metric_label_name = self.metric_label_name

        metric_label_value = self.metric_label_value

        metric_name = self.metric_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metricEndpoint": metric_endpoint,
                "metricLabelName": metric_label_name,
                "metricLabelValue": metric_label_value,
                "metricName": metric_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_endpoint = d.pop("metricEndpoint")

        metric_label_name = d.pop("metricLabelName")

        metric_label_value = d.pop("metricLabelValue")

        metric_name = d.pop("metricName")

        auto_scaling_metric_spec = cls(
            metric_endpoint=metric_endpoint,
            metric_label_name=metric_label_name,
            metric_label_value=metric_label_value,
            metric_name=metric_name,
        )

        auto_scaling_metric_spec.additional_properties = d
        return auto_scaling_metric_spec

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
