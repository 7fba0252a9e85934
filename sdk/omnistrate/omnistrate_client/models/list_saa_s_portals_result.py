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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "saasPortals",
    }
)


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
        _obj = cls.__new__(cls)
        _saas_portals_item = SaaSPortal.from_dict
        saas_portals = [_saas_portals_item(item) for item in src_dict["saasPortals"]]

        _obj.saas_portals = saas_portals

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
        _saas_portals = _pop("saasPortals")
        _saas_portals[:] = map(SaaSPortal._from_json, _saas_portals)
        _obj.saas_portals = _saas_portals

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
