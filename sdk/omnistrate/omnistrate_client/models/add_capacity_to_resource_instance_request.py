from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddCapacityToResourceInstanceRequest")


@_attrs_define
class AddCapacityToResourceInstanceRequest:
    """Request body of AddCapacityToResourceInstance

    Attributes:
        capacity_to_be_added (int): Number of replicas to be added
    """

    capacity_to_be_added: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_to_be_added = self.capacity_to_be_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacityToBeAdded": capacity_to_be_added,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity_to_be_added = d.pop("capacityToBeAdded")

        add_capacity_to_resource_instance_request = cls(
            capacity_to_be_added=capacity_to_be_added,
        )

        add_capacity_to_resource_instance_request.additional_properties = d
        return add_capacity_to_resource_instance_request

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
