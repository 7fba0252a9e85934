from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TypedLocalObjectReference")


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
        d = dict(src_dict)
        api_group = d.pop("apiGroup", UNSET)

        kind = d.pop("kind", UNSET)

        name = d.pop("name", UNSET)

        typed_local_object_reference = cls(
            api_group=api_group,
            kind=kind,
            name=name,
        )

        typed_local_object_reference.additional_properties = d
        return typed_local_object_reference

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
