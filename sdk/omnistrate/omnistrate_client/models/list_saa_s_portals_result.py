from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.saa_s_portal import SaaSPortal

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, SaaSPortal
    from ..models.saa_s_portal import SaaSPortal  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListSaaSPortalsResult")


@_attrs_define
class ListSaaSPortalsResult:
    """
    Attributes:
        saas_portals (list[SaaSPortal]): The list of saas portals
    """

    saas_portals: list[SaaSPortal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        saas_portals = []
        for saas_portals_item_data in self.saas_portals:
            saas_portals_item = saas_portals_item_data.to_dict()
            saas_portals.append(saas_portals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "saasPortals": saas_portals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        saas_portals = []
        _saas_portals = d.pop("saasPortals")
        for saas_portals_item_data in _saas_portals:
            saas_portals_item = SaaSPortal.from_dict(saas_portals_item_data)

            saas_portals.append(saas_portals_item)

        list_saa_s_portals_result = cls(
            saas_portals=saas_portals,
        )

        list_saa_s_portals_result.additional_properties = d
        return list_saa_s_portals_result

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
