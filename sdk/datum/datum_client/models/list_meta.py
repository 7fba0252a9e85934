from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMeta")


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
        d = dict(src_dict)
        continue_ = d.pop("continue", UNSET)

        remaining_item_count = d.pop("remainingItemCount", UNSET)

        resource_version = d.pop("resourceVersion", UNSET)

        self_link = d.pop("selfLink", UNSET)

        list_meta = cls(
            continue_=continue_,
            remaining_item_count=remaining_item_count,
            resource_version=resource_version,
            self_link=self_link,
        )

        list_meta.additional_properties = d
        return list_meta

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
