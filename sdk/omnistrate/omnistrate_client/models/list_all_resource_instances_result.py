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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "resourceInstances",
        "nextPageToken",
    }
)


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
        _obj = cls.__new__(cls)
        _resource_instances_item = ResourceInstance.from_dict
        resource_instances = [_resource_instances_item(item) for item in src_dict["resourceInstances"]]

        _obj.resource_instances = resource_instances

        _obj.next_page_token = src_dict.get("nextPageToken", UNSET)

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
        _resource_instances = _pop("resourceInstances")
        _resource_instances[:] = map(ResourceInstance._from_json, _resource_instances)
        _obj.resource_instances = _resource_instances

        _obj.next_page_token = _pop("nextPageToken", UNSET)

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
