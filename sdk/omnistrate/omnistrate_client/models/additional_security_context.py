from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalSecurityContext")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "AddCapabilities",
        "DropCapabilities",
        "SupplementalGroupIDs",
    }
)


@_attrs_define
class AdditionalSecurityContext:
    """
    Attributes:
        add_capabilities (list[str] | Unset): Capabilities to add
        drop_capabilities (list[str] | Unset): Capabilities to drop
        supplemental_group_i_ds (list[int] | Unset): Supplemental group IDs
    """

    add_capabilities: list[str] | Unset = UNSET
    drop_capabilities: list[str] | Unset = UNSET
    supplemental_group_i_ds: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.add_capabilities, Unset):
            add_capabilities = self.add_capabilities

        drop_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.drop_capabilities, Unset):
            drop_capabilities = self.drop_capabilities

        supplemental_group_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.supplemental_group_i_ds, Unset):
            supplemental_group_i_ds = self.supplemental_group_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_capabilities is not UNSET:
            field_dict["AddCapabilities"] = add_capabilities
        if drop_capabilities is not UNSET:
            field_dict["DropCapabilities"] = drop_capabilities
        if supplemental_group_i_ds is not UNSET:
            field_dict["SupplementalGroupIDs"] = supplemental_group_i_ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        add_capabilities = cast(list[str], src_dict.get("AddCapabilities", UNSET))

        _obj.add_capabilities = add_capabilities

        drop_capabilities = cast(list[str], src_dict.get("DropCapabilities", UNSET))

        _obj.drop_capabilities = drop_capabilities

        supplemental_group_i_ds = cast(list[int], src_dict.get("SupplementalGroupIDs", UNSET))

        _obj.supplemental_group_i_ds = supplemental_group_i_ds

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
        add_capabilities = cast(list[str], _pop("AddCapabilities", UNSET))

        _obj.add_capabilities = add_capabilities

        drop_capabilities = cast(list[str], _pop("DropCapabilities", UNSET))

        _obj.drop_capabilities = drop_capabilities

        supplemental_group_i_ds = cast(list[int], _pop("SupplementalGroupIDs", UNSET))

        _obj.supplemental_group_i_ds = supplemental_group_i_ds

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
