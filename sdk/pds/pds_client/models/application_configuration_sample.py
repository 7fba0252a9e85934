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


T = TypeVar("T", bound="ApplicationConfigurationSample")


@_attrs_define
class ApplicationConfigurationSample:
    """
    Attributes:
        config_items (list[ConfigItem] | Unset):
        created (str | Unset):
        data_service_id (str | Unset):
        name (str | Unset): Name of the template. Must be unique for a specific data service within the tenant scope.
        updated (str | Unset):
        version (int | Unset):
    """

    config_items: list[ConfigItem] | Unset = UNSET
    created: str | Unset = UNSET
    data_service_id: str | Unset = UNSET
    name: str | Unset = UNSET
    updated: str | Unset = UNSET
    version: int | Unset = UNSET
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

        created = self.created

        data_service_id = self.data_service_id

        name = self.name

        updated = self.updated

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_items is not UNSET:
            field_dict["config_items"] = config_items
        if created is not UNSET:
            field_dict["created"] = created
        if data_service_id is not UNSET:
            field_dict["data_service_id"] = data_service_id
        if name is not UNSET:
            field_dict["name"] = name
        if updated is not UNSET:
            field_dict["updated"] = updated
        if version is not UNSET:
            field_dict["version"] = version

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

        created = d.pop("created", UNSET)

        data_service_id = d.pop("data_service_id", UNSET)

        name = d.pop("name", UNSET)

        updated = d.pop("updated", UNSET)

        version = d.pop("version", UNSET)

        application_configuration_sample = cls(
            config_items=config_items,
            created=created,
            data_service_id=data_service_id,
            name=name,
            updated=updated,
            version=version,
        )

        application_configuration_sample.additional_properties = d
        return application_configuration_sample

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
