from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopilotSearchResult")


@_attrs_define
class CopilotSearchResult:
    """
    Attributes:
        data_service_id (str | Unset):
        id (str | Unset):
        query (str | Unset):
        response (str | Unset):
        response_time (str | Unset):
    """

    data_service_id: str | Unset = UNSET
    id: str | Unset = UNSET
    query: str | Unset = UNSET
    response: str | Unset = UNSET
    response_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_service_id = self.data_service_id

        id = self.id

        query = self.query

        response = self.response

        response_time = self.response_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_service_id is not UNSET:
            field_dict["data_service_id"] = data_service_id
        if id is not UNSET:
            field_dict["id"] = id
        if query is not UNSET:
            field_dict["query"] = query
        if response is not UNSET:
            field_dict["response"] = response
        if response_time is not UNSET:
            field_dict["response_time"] = response_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_service_id = d.pop("data_service_id", UNSET)

        id = d.pop("id", UNSET)

        query = d.pop("query", UNSET)

        response = d.pop("response", UNSET)

        response_time = d.pop("response_time", UNSET)

        copilot_search_result = cls(
            data_service_id=data_service_id,
            id=id,
            query=query,
            response=response,
            response_time=response_time,
        )

        copilot_search_result.additional_properties = d
        return copilot_search_result

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
