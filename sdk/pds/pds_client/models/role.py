from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "extends",
        "level",
        "name",
        "permissions",
    }
)


@_attrs_define
class Role:
    """
    Attributes:
        extends (list[str] | Unset):
        level (str | Unset):
        name (str | Unset):
        permissions (list[str] | Unset):
    """

    extends: list[str] | Unset = UNSET
    level: str | Unset = UNSET
    name: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extends: list[str] | Unset = UNSET
        if not isinstance(self.extends, Unset):
            extends = self.extends

        level = self.level

        name = self.name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extends is not UNSET:
            field_dict["extends"] = extends
        if level is not UNSET:
            field_dict["level"] = level
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        extends = cast(list[str], src_dict.get("extends", UNSET))

        _obj.extends = extends

        _obj.level = src_dict.get("level", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        permissions = cast(list[str], src_dict.get("permissions", UNSET))

        _obj.permissions = permissions

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
        extends = cast(list[str], _pop("extends", UNSET))

        _obj.extends = extends

        _obj.level = _pop("level", UNSET)

        _obj.name = _pop("name", UNSET)

        permissions = cast(list[str], _pop("permissions", UNSET))

        _obj.permissions = permissions

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
