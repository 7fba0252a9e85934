from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.restore_compatibility_condition import RestoreCompatibilityCondition

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, RestoreCompatibilityCondition
    from ..models.restore_compatibility_condition import RestoreCompatibilityCondition  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RestorabilityMatrix")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset({})


@_attrs_define
class RestorabilityMatrix:
    """For each data service (key), the conditions under which its backups can be restored."""

    additional_properties: dict[str, list[RestoreCompatibilityCondition]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            if prop_name in _FIELDS:
                continue
            _additional_property_item = RestoreCompatibilityCondition.from_dict
            additional_property = [_additional_property_item(item) for item in prop_dict]

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            _additional_property_item = RestoreCompatibilityCondition.from_dict
            additional_property = [_additional_property_item(item) for item in prop_dict]

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[RestoreCompatibilityCondition]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[RestoreCompatibilityCondition]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
