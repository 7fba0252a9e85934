from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compatible_versions import CompatibleVersions

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, CompatibleVersions
    from ..models.compatible_versions import CompatibleVersions  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CompatibleVersionsList")


@_attrs_define
class CompatibleVersionsList:
    """All CompatibleVersions records (not paged).

    Attributes:
        data (list[CompatibleVersions] | Unset):
    """

    data: list[CompatibleVersions] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[CompatibleVersions] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CompatibleVersions.from_dict(data_item_data)

                data.append(data_item)

        compatible_versions_list = cls(
            data=data,
        )

        compatible_versions_list.additional_properties = d
        return compatible_versions_list

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
