from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeRestrictions")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "downsize_enabled",
        "resize_disabled",
        "simple_config",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.downsize_enabled = src_dict.get("downsize_enabled", UNSET)

        resize_disabled = cast(list[int], src_dict.get("resize_disabled", UNSET))

        _obj.resize_disabled = resize_disabled

        simple_config = cast(list[int], src_dict.get("simple_config", UNSET))

        _obj.simple_config = simple_config

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
        _obj.downsize_enabled = _pop("downsize_enabled", UNSET)

        resize_disabled = cast(list[int], _pop("resize_disabled", UNSET))

        _obj.resize_disabled = resize_disabled

        simple_config = cast(list[int], _pop("simple_config", UNSET))

        _obj.simple_config = simple_config

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
