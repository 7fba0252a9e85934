from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TypedLocalObjectReference")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "apiGroup",
        "kind",
        "name",
    }
)


@_attrs_define
class TypedLocalObjectReference:
    """
    Attributes:
        api_group (str | Unset): APIGroup is the group for the resource being referenced.
            If APIGroup is not specified, the specified Kind must be in the core API group.
            For any other third-party types, APIGroup is required.
            +optional
        kind (str | Unset): Kind is the type of resource being referenced
        name (str | Unset): Name is the name of resource being referenced
    """

    api_group: str | Unset = UNSET
    kind: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_group = self.api_group

        kind = self.kind

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_group is not UNSET:
            field_dict["apiGroup"] = api_group
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.api_group = src_dict.get("apiGroup", UNSET)

        _obj.kind = src_dict.get("kind", UNSET)

        _obj.name = src_dict.get("name", UNSET)

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
        _obj.api_group = _pop("apiGroup", UNSET)

        _obj.kind = _pop("kind", UNSET)

        _obj.name = _pop("name", UNSET)

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
