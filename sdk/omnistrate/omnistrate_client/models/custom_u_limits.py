from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomULimits")


@_attrs_define
class CustomULimits:
    """
    Attributes:
        u_limits_name (str): The name of the ulimit
        u_limits_type (str):
        u_limits_value (int): The value of the ulimit
    """

    u_limits_name: str
    u_limits_type: str
    u_limits_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        u_limits_name = self.u_limits_name

        u_limits_type = self.u_limits_type

        u_limits_value = self.u_limits_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ULimitsName": u_limits_name,
                "ULimitsType": u_limits_type,
                "ULimitsValue": u_limits_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        u_limits_name = d.pop("ULimitsName")

        u_limits_type = d.pop("ULimitsType")

        u_limits_value = d.pop("ULimitsValue")

        custom_u_limits = cls(
            u_limits_name=u_limits_name,
            u_limits_type=u_limits_type,
            u_limits_value=u_limits_value,
        )

        custom_u_limits.additional_properties = d
        return custom_u_limits

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
