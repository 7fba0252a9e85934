from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_instance import ResourceInstance

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ResourceInstance
    from ..models.resource_instance import ResourceInstance  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListAllResourceInstancesResult")


@_attrs_define
class ListAllResourceInstancesResult:
    """
    Attributes:
        resource_instances (list[ResourceInstance]): The list of resource instances
        next_page_token (str | Unset): Token to use for the next request
    """

    resource_instances: list[ResourceInstance]
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        resource_instances = []
        for resource_instances_item_data in self.resource_instances:
            resource_instances_item = resource_instances_item_data.to_dict()
            resource_instances.append(resource_instances_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceInstances": resource_instances,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        resource_instances = []
        _resource_instances = d.pop("resourceInstances")
        for resource_instances_item_data in _resource_instances:
            resource_instances_item = ResourceInstance.from_dict(resource_instances_item_data)

            resource_instances.append(resource_instances_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        list_all_resource_instances_result = cls(
            resource_instances=resource_instances,
            next_page_token=next_page_token,
        )

        list_all_resource_instances_result.additional_properties = d
        return list_all_resource_instances_result

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
