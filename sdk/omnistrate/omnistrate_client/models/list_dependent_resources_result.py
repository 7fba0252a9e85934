from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDependentResourcesResult")


@_attrs_define
class ListDependentResourcesResult:
    """
    Attributes:
        ids (list[str]): List of dependent resource IDs
        id (str | Unset): ID of a resource
        next_page_token (str | Unset): Token to use for the next page
        service_id (str | Unset): ID of a Service
    """

    ids: list[str]
    id: str | Unset = UNSET
    next_page_token: str | Unset = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        id = self.id

        next_page_token = self.next_page_token

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        id = d.pop("id", UNSET)

        next_page_token = d.pop("nextPageToken", UNSET)

        service_id = d.pop("serviceId", UNSET)

        list_dependent_resources_result = cls(
            ids=ids,
            id=id,
            next_page_token=next_page_token,
            service_id=service_id,
        )

        list_dependent_resources_result.additional_properties = d
        return list_dependent_resources_result

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
