from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigItem")


@_attrs_define
class ConfigItem:
    """
    Attributes:
        deploy_time (bool | Unset): If true, user must fill the value for this configuration parameter when creating a
            new deployment.
        key (str | Unset): Configuration key, transfers to the image's environment variable.
        value (str | Unset): Configuration value.
    """

    deploy_time: bool | Unset = UNSET
    key: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deploy_time = self.deploy_time

        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deploy_time is not UNSET:
            field_dict["deploy_time"] = deploy_time
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deploy_time = d.pop("deploy_time", UNSET)

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        config_item = cls(
            deploy_time=deploy_time,
            key=key,
            value=value,
        )

        config_item.additional_properties = d
        return config_item

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
