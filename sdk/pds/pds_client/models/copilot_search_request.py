from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopilotSearchRequest")


@_attrs_define
class CopilotSearchRequest:
    """
    Attributes:
        data_service_id (str | Unset):
        query (str | Unset): TODO: fix example query with best query
    """

    data_service_id: str | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_service_id = self.data_service_id

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_service_id is not UNSET:
            field_dict["data_service_id"] = data_service_id
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_service_id = d.pop("data_service_id", UNSET)

        query = d.pop("query", UNSET)

        copilot_search_request = cls(
            data_service_id=data_service_id,
            query=query,
        )

        copilot_search_request.additional_properties = d
        return copilot_search_request

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
