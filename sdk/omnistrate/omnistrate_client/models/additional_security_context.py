from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalSecurityContext")


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
        d = dict(src_dict)
        add_capabilities = cast(list[str], d.pop("AddCapabilities", UNSET))

        drop_capabilities = cast(list[str], d.pop("DropCapabilities", UNSET))

        supplemental_group_i_ds = cast(list[int], d.pop("SupplementalGroupIDs", UNSET))

        additional_security_context = cls(
            add_capabilities=add_capabilities,
            drop_capabilities=drop_capabilities,
            supplemental_group_i_ds=supplemental_group_i_ds,
        )

        additional_security_context.additional_properties = d
        return additional_security_context

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
