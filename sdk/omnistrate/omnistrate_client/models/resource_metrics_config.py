from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceMetricsConfig")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "id",
        "metricEndpoint",
        "serviceId",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.id = src_dict["id"]

        _obj.metric_endpoint = src_dict["metricEndpoint"]

        _obj.service_id = src_dict["serviceId"]

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
        _obj.id = _pop("id")

        _obj.metric_endpoint = _pop("metricEndpoint")

        _obj.service_id = _pop("serviceId")

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
