from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveComputeInstanceTypeRequest")


@_attrs_define
class RemoveComputeInstanceTypeRequest:
    """Request body of RemoveComputeInstanceType

    Attributes:
        cloud_provider_name (str): The cloud provider for this compute instance type config
        instance_type (str): The instance type for this compute instance type config
    """

    cloud_provider_name: str
    instance_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_name = self.cloud_provider_name

        instance_type = self.instance_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderName": cloud_provider_name,
                "instanceType": instance_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_provider_name = d.pop("cloudProviderName")

        instance_type = d.pop("instanceType")

        remove_compute_instance_type_request = cls(
            cloud_provider_name=cloud_provider_name,
            instance_type=instance_type,
        )

        remove_compute_instance_type_request.additional_properties = d
        return remove_compute_instance_type_request

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
