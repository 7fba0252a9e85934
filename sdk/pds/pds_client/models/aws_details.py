from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AWSDetails")


@_attrs_define
class AWSDetails:
    """
    Attributes:
        access_key (str | Unset):
        hosted_zone_id (str | Unset):
        secret_key (str | Unset):
    """

    access_key: str | Unset = UNSET
    hosted_zone_id: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        hosted_zone_id = self.hosted_zone_id

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if hosted_zone_id is not UNSET:
            field_dict["hosted_zone_id"] = hosted_zone_id
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key = d.pop("access_key", UNSET)

        hosted_zone_id = d.pop("hosted_zone_id", UNSET)

        secret_key = d.pop("secret_key", UNSET)

        aws_details = cls(
            access_key=access_key,
            hosted_zone_id=hosted_zone_id,
            secret_key=secret_key,
        )

        aws_details.additional_properties = d
        return aws_details

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
