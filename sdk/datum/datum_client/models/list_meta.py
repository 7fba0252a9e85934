from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMeta")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "continue",
        "remainingItemCount",
        "resourceVersion",
        "selfLink",
    }
)


@_attrs_define
class ListMeta:
    """ListMeta describes metadata that synthetic resources must have, including lists and various status objects.

    Attributes:
        continue_ (str | Unset): continue may be set if the user set a limit on the number of items returned, and
            indicates that the server has more data available. Pass it as `continue` to get the next page.
        remaining_item_count (int | Unset): remainingItemCount is the number of subsequent items in the list which are
            not included in this list response, when known.
        resource_version (str | Unset): String that identifies the server's internal version of this object.
        self_link (str | Unset): Deprecated: selfLink is a legacy read-only field that is no longer populated by the
            system.
    """

    continue_: str | Unset = UNSET
    remaining_item_count: int | Unset = UNSET
    resource_version: str | Unset = UNSET
    self_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        continue_ = self.continue_

        remaining_item_count = self.remaining_item_count

        resource_version = self.resource_version

        self_link = self.self_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if continue_ is not UNSET:
            field_dict["continue"] = continue_
        if remaining_item_count is not UNSET:
            field_dict["remainingItemCount"] = remaining_item_count
        if resource_version is not UNSET:
            field_dict["resourceVersion"] = resource_version
        if self_link is not UNSET:
            field_dict["selfLink"] = self_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.continue_ = src_dict.get("continue", UNSET)

        _obj.remaining_item_count = src_dict.get("remainingItemCount", UNSET)

        _obj.resource_version = src_dict.get("resourceVersion", UNSET)

        _obj.self_link = src_dict.get("selfLink", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.continue_ = _pop("continue", UNSET)

        _obj.remaining_item_count = _pop("remainingItemCount", UNSET)

        _obj.resource_version = _pop("resourceVersion", UNSET)

        _obj.self_link = _pop("selfLink", UNSET)

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
