from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopilotSearchResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "data_service_id",
        "id",
        "query",
        "response",
        "response_time",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.data_service_id = src_dict.get("data_service_id", UNSET)

        _obj.id = src_dict.get("id", UNSET)

        _obj.query = src_dict.get("query", UNSET)

        _obj.response = src_dict.get("response", UNSET)

        _obj.response_time = src_dict.get("response_time", UNSET)

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
        _obj.data_service_id = _pop("data_service_id", UNSET)

        _obj.id = _pop("id", UNSET)

        _obj.query = _pop("query", UNSET)

        _obj.response = _pop("response", UNSET)

        _obj.response_time = _pop("response_time", UNSET)

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
