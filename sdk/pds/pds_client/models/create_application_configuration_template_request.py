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


T = TypeVar("T", bound="CreateApplicationConfigurationTemplateRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "config_items",
        "data_service_id",
        "name",
    }
)


@_attrs_define
class CreateApplicationConfigurationTemplateRequest:
    """
    Attributes:
        config_items (list[ConfigItem] | Unset):
        data_service_id (str | Unset):
        name (str | Unset): See models.ApplicationConfigurationTemplate for more information.
    """

    config_items: list[ConfigItem] | Unset = UNSET
    data_service_id: str | Unset = UNSET
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

        data_service_id = self.data_service_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_items is not UNSET:
            field_dict["config_items"] = config_items
        if data_service_id is not UNSET:
            field_dict["data_service_id"] = data_service_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _config_items = src_dict.get("config_items", UNSET)
        config_items: list[ConfigItem] | Unset = UNSET
        if _config_items is not UNSET:
            _config_items_item = ConfigItem.from_dict
            config_items = [_config_items_item(item) for item in _config_items]

        _obj.config_items = config_items

        _obj.data_service_id = src_dict.get("data_service_id", UNSET)

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
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _config_items = _pop("config_items", UNSET)
        if _config_items is not UNSET:
            _config_items[:] = map(ConfigItem._from_json, _config_items)
        _obj.config_items = _config_items

        _obj.data_service_id = _pop("data_service_id", UNSET)

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
