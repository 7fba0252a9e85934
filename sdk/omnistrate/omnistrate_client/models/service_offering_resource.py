from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_entity import APIEntity

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, APIEntity
    from ..models.api_entity import APIEntity  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ServiceOfferingResource")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "apis",
    }
)


@_attrs_define
class ServiceOfferingResource:
    """
    Attributes:
        apis (list[APIEntity] | Unset): The APIs
    """

    apis: list[APIEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        apis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apis, Unset):
            apis = []
            for apis_item_data in self.apis:
                apis_item = apis_item_data.to_dict()
                apis.append(apis_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apis is not UNSET:
            field_dict["apis"] = apis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _apis = src_dict.get("apis", UNSET)
        apis: list[APIEntity] | Unset = UNSET
        if _apis is not UNSET:
            _apis_item = APIEntity.from_dict
            apis = [_apis_item(item) for item in _apis]

        _obj.apis = apis

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
        _apis = _pop("apis", UNSET)
        if _apis is not UNSET:
            _apis[:] = map(APIEntity._from_json, _apis)
        _obj.apis = _apis

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
