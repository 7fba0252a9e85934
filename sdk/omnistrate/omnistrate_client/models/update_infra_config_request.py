from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tag import CustomTag

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, CustomTag
    from ..models.custom_tag import CustomTag  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateInfraConfigRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "computeConfigId",
        "customTag",
        "description",
        "name",
        "networkConfigId",
        "storageConfigId",
    }
)


@_attrs_define
class UpdateInfraConfigRequest:
    """Request body of UpdateInfraConfig

    Attributes:
        compute_config_id (str | Unset): The compute config ID
        custom_tag (CustomTag | Unset): Custom tag
        description (str | Unset): The description for the infra config
        name (str | Unset): The name of the infra config
        network_config_id (str | Unset): The network config ID
        storage_config_id (str | Unset): The storage config ID per compute node
    """

    compute_config_id: str | Unset = UNSET
    custom_tag: CustomTag | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    network_config_id: str | Unset = UNSET
    storage_config_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        compute_config_id = self.compute_config_id

        custom_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_tag, Unset):
            custom_tag = self.custom_tag.to_dict()

        description = self.description

        name = self.name

        network_config_id = self.network_config_id

        storage_config_id = self.storage_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compute_config_id is not UNSET:
            field_dict["computeConfigId"] = compute_config_id
        if custom_tag is not UNSET:
            field_dict["customTag"] = custom_tag
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if network_config_id is not UNSET:
            field_dict["networkConfigId"] = network_config_id
        if storage_config_id is not UNSET:
            field_dict["storageConfigId"] = storage_config_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.compute_config_id = src_dict.get("computeConfigId", UNSET)

        _custom_tag = src_dict.get("customTag", UNSET)
        custom_tag: CustomTag | Unset
        if isinstance(_custom_tag, Unset):
            custom_tag = UNSET
        else:
            custom_tag = CustomTag.from_dict(_custom_tag)

        _obj.custom_tag = custom_tag

        _obj.description = src_dict.get("description", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.network_config_id = src_dict.get("networkConfigId", UNSET)

        _obj.storage_config_id = src_dict.get("storageConfigId", UNSET)

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
        _obj.compute_config_id = _pop("computeConfigId", UNSET)

        _custom_tag = _pop("customTag", UNSET)
        _obj.custom_tag = UNSET if _custom_tag is UNSET else CustomTag._from_json(_custom_tag)

        _obj.description = _pop("description", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.network_config_id = _pop("networkConfigId", UNSET)

        _obj.storage_config_id = _pop("storageConfigId", UNSET)

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
