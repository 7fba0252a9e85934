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
        _obj = cls.__new__(cls)
        all_ = []
        _all_ = src_dict["all"]
        for all_item_data in _all_:
            all_item = Scope(all_item_data)

            all_.append(all_item)

        _obj.all_ = all_

        granted = []
        _granted = src_dict["granted"]
        for granted_item_data in _granted:
            granted_item = Scope(granted_item_data)

            granted.append(granted_item)

        _obj.granted = granted

        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        all_ = []
        _all_ = _pop("all")
        for all_item_data in _all_:
            all_item = Scope(all_item_data)

            all_.append(all_item)

        _obj.all_ = all_

        granted = []
        _granted = _pop("granted")
        for granted_item_data in _granted:
            granted_item = Scope(granted_item_data)

            granted.append(granted_item)

        _obj.granted = granted

        return _obj
