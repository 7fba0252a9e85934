from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_entity import APIEntity

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, APIEntity
    from ..models.api_entity import APIEntity  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ServiceOfferingResource")


@_attrs_define
class ServiceOfferingResource:
    """
    Attributes:
        apis (list[APIEntity] | Unset): The APIs
    """

    apis: list[APIEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        apis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apis, Unset):
            apis = []
            for apis_item_data in self.apis:
                apis_item = apis_item_data.to_dict()
                apis.append(apis_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apis is not UNSET:
            field_dict["apis"] = apis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _apis = d.pop("apis", UNSET)
        apis: list[APIEntity] | Unset = UNSET
        if _apis is not UNSET:
            apis = []
            for apis_item_data in _apis:
                apis_item = APIEntity.from_dict(apis_item_data)

                apis.append(apis_item)

        service_offering_resource = cls(
            apis=apis,
        )

        service_offering_resource.additional_properties = d
        return service_offering_resource

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
