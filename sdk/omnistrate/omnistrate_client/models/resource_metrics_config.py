from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceMetricsConfig")


@_attrs_define
class ResourceMetricsConfig:
    """
    Attributes:
        id (str): ID of a resource
        metric_endpoint (str): The local host endpoint to supply prometheus metric
        service_id (str): ID of a Service
    """

    id: str
    metric_endpoint: str
    service_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metric_endpoint = self.metric_endpoint

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "metricEndpoint": metric_endpoint,
                "serviceId": service_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        metric_endpoint = d.pop("metricEndpoint")

        service_id = d.pop("serviceId")

        resource_metrics_config = cls(
            id=id,
            metric_endpoint=metric_endpoint,
            service_id=service_id,
        )

        resource_metrics_config.additional_properties = d
        return resource_metrics_config

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
