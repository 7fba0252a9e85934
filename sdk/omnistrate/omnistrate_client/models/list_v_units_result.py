from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_v_units_result_ids import ListVUnitsResultIds

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ListVUnitsResultIds
    from ..models.list_v_units_result_ids import ListVUnitsResultIds  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListVUnitsResult")


@_attrs_define
class ListVUnitsResult:
    """
    Attributes:
        ids (ListVUnitsResultIds | Unset): List of VUnit IDs per Cloud provider
        next_page_token (str | Unset): Next page token
    """

    ids: ListVUnitsResultIds | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids.to_dict()

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _ids = d.pop("ids", UNSET)
        ids: ListVUnitsResultIds | Unset
        if isinstance(_ids, Unset):
            ids = UNSET
        else:
            ids = ListVUnitsResultIds.from_dict(_ids)

        next_page_token = d.pop("nextPageToken", UNSET)

        list_v_units_result = cls(
            ids=ids,
            next_page_token=next_page_token,
        )

        list_v_units_result.additional_properties = d
        return list_v_units_result

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
