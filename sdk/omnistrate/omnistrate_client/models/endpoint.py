from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Endpoint")


@_attrs_define
class Endpoint:
    """
    Attributes:
        disable_monitoring (bool | Unset): Whether to disable monitoring for this endpoint Default: False.
        host (str | Unset): The host of the endpoint Default: ''.
        networking_type (str | Unset): The networking type of the endpoint Default: 'PUBLIC'.
        ports (list[int] | Unset): The ports of the endpoint
        primary (bool | Unset): Whether this is the primary endpoint to highlight Default: False.
    """

    disable_monitoring: bool | Unset = False
    host: str | Unset = ""
    networking_type: str | Unset = "PUBLIC"
    ports: list[int] | Unset = UNSET
    primary: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_monitoring = self.disable_monitoring

        host = self.host

        networking_type = self.networking_type

        ports: list[int] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        primary = self.primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_monitoring is not UNSET:
            field_dict["disableMonitoring"] = disable_monitoring
        if host is not UNSET:
            field_dict["host"] = host
        if networking_type is not UNSET:
            field_dict["networkingType"] = networking_type
        if ports is not UNSET:
            field_dict["ports"] = ports
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disable_monitoring = d.pop("disableMonitoring", UNSET)

        host = d.pop("host", UNSET)

        networking_type = d.pop("networkingType", UNSET)

        ports = cast(list[int], d.pop("ports", UNSET))

        primary = d.pop("primary", UNSET)

        endpoint = cls(
            disable_monitoring=disable_monitoring,
            host=host,
            networking_type=networking_type,
            ports=ports,
            primary=primary,
        )

        endpoint.additional_properties = d
        return endpoint

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
