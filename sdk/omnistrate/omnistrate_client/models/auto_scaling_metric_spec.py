from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScalingMetricSpec")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "metricEndpoint",
        "metricLabelName",
        "metricLabelValue",
        "metricName",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.metric_endpoint = src_dict["metricEndpoint"]

        _obj.metric_label_name = src_dict["metricLabelName"]

        _obj.metric_label_value = src_dict["metricLabelValue"]

        _obj.metric_name = src_dict["metricName"]

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.metric_endpoint = _pop("metricEndpoint")

        _obj.metric_label_name = _pop("metricLabelName")

        _obj.metric_label_value = _pop("metricLabelValue")

        _obj.metric_name = _pop("metricName")

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
