from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.scope import Scope

T = TypeVar("T", bound="ScopeSet")


@_attrs_define
class ScopeSet:
    """Scopes of a resource.

    Attributes:
        all_ (list[Scope]): Every scope valid on the resource: those of its type and of every descendant type.
        granted (list[Scope]): The scopes of the resource's own type that the caller holds on it.
    """

    all_: list[Scope]
    granted: list[Scope]

    def to_dict(self) -> dict[str, Any]:
        all_ = []
        for all_item_data in self.all_:
            all_item = all_item_data.value
            all_.append(all_item)

        granted = []
        for granted_item_data in self.granted:
            granted_item = granted_item_data.value
            granted.append(granted_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "all": all_,
                "granted": granted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_ = []
        _all_ = d.pop("all")
        for all_item_data in _all_:
            all_item = Scope(all_item_data)

            all_.append(all_item)

        granted = []
        _granted = d.pop("granted")
        for granted_item_data in _granted:
            granted_item = Scope(granted_item_data)

            granted.append(granted_item)

        scope_set = cls(
            all_=all_,
            granted=granted,
        )

        return scope_set
