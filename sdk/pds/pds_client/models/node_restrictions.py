from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeRestrictions")


@_attrs_define
class NodeRestrictions:
    """
    Attributes:
        downsize_enabled (bool | Unset): Whether downsizing the cluster is enabled during editing.
        resize_disabled (list[int] | Unset): List of all node sizes that are not allowed to change during editing.
        simple_config (list[int] | Unset): List of all allowed node sizes.
    """

    downsize_enabled: bool | Unset = UNSET
    resize_disabled: list[int] | Unset = UNSET
    simple_config: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        downsize_enabled = self.downsize_enabled

        resize_disabled: list[int] | Unset = UNSET
        if not isinstance(self.resize_disabled, Unset):
            resize_disabled = self.resize_disabled

        simple_config: list[int] | Unset = UNSET
        if not isinstance(self.simple_config, Unset):
            simple_config = self.simple_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if downsize_enabled is not UNSET:
            field_dict["downsize_enabled"] = downsize_enabled
        if resize_disabled is not UNSET:
            field_dict["resize_disabled"] = resize_disabled
        if simple_config is not UNSET:
            field_dict["simple_config"] = simple_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        downsize_enabled = d.pop("downsize_enabled", UNSET)

        resize_disabled = cast(list[int], d.pop("resize_disabled", UNSET))

        simple_config = cast(list[int], d.pop("simple_config", UNSET))

        node_restrictions = cls(
            downsize_enabled=downsize_enabled,
            resize_disabled=resize_disabled,
            simple_config=simple_config,
        )

        node_restrictions.additional_properties = d
        return node_restrictions

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
