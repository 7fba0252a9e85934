from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_item import ConfigItem

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ConfigItem
    from ..models.config_item import ConfigItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateApplicationConfigurationTemplateRequest")


@_attrs_define
class UpdateApplicationConfigurationTemplateRequest:
    """
    Attributes:
        config_items (list[ConfigItem] | Unset):
        name (str | Unset): See models.ApplicationConfigurationTemplate for more information.
    """

    config_items: list[ConfigItem] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        config_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config_items, Unset):
            config_items = []
            for config_items_item_data in self.config_items:
                config_items_item = config_items_item_data.to_dict()
                config_items.append(config_items_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_items is not UNSET:
            field_dict["config_items"] = config_items
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _config_items = d.pop("config_items", UNSET)
        config_items: list[ConfigItem] | Unset = UNSET
        if _config_items is not UNSET:
            config_items = []
            for config_items_item_data in _config_items:
                config_items_item = ConfigItem.from_dict(config_items_item_data)

                config_items.append(config_items_item)

        name = d.pop("name", UNSET)

        update_application_configuration_template_request = cls(
            config_items=config_items,
            name=name,
        )

        update_application_configuration_template_request.additional_properties = d
        return update_application_configuration_template_request

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
