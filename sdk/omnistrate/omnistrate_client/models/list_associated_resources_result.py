from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListAssociatedResourcesResult")


@_attrs_define
class ListAssociatedResourcesResult:
    """
    Attributes:
        id (str): ID of an Infra Config
        resource_ids (list[str]): The resources associated with the infra config
        service_id (str): ID of a Service
    """

    id: str
    resource_ids: list[str]
    service_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_ids = self.resource_ids

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resourceIds": resource_ids,
                "serviceId": service_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        resource_ids = cast(list[str], d.pop("resourceIds"))

        service_id = d.pop("serviceId")

        list_associated_resources_result = cls(
            id=id,
            resource_ids=resource_ids,
            service_id=service_id,
        )

        list_associated_resources_result.additional_properties = d
        return list_associated_resources_result

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
