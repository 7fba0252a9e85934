from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseTierVersionSetRequest")


@_attrs_define
class ReleaseTierVersionSetRequest:
    """Request body of ReleaseTierVersionSet

    Attributes:
        is_preferred (bool | Unset): Indicates whether this version set is preferred.
        name (str | Unset): The name of the product-tier version set.
    """

    is_preferred: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_preferred = self.is_preferred

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_preferred is not UNSET:
            field_dict["isPreferred"] = is_preferred
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_preferred = d.pop("isPreferred", UNSET)

        name = d.pop("name", UNSET)

        release_tier_version_set_request = cls(
            is_preferred=is_preferred,
            name=name,
        )

        release_tier_version_set_request.additional_properties = d
        return release_tier_version_set_request

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
