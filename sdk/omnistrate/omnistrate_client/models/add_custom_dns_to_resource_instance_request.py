from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCustomDNSToResourceInstanceRequest")


@_attrs_define
class AddCustomDNSToResourceInstanceRequest:
    """Request body of AddCustomDNSToResourceInstance

    Attributes:
        custom_dns (str): The custom DNS to add
        target_port (int | Unset): The target port
    """

    custom_dns: str
    target_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_dns = self.custom_dns

        target_port = self.target_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customDNS": custom_dns,
            }
        )
        if target_port is not UNSET:
            field_dict["targetPort"] = target_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_dns = d.pop("customDNS")

        target_port = d.pop("targetPort", UNSET)

        add_custom_dns_to_resource_instance_request = cls(
            custom_dns=custom_dns,
            target_port=target_port,
        )

        add_custom_dns_to_resource_instance_request.additional_properties = d
        return add_custom_dns_to_resource_instance_request

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
