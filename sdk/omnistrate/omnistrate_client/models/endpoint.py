from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Endpoint")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "disableMonitoring",
        "host",
        "networkingType",
        "ports",
        "primary",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.disable_monitoring = src_dict.get("disableMonitoring", UNSET)

        _obj.host = src_dict.get("host", UNSET)

        _obj.networking_type = src_dict.get("networkingType", UNSET)

        ports = cast(list[int], src_dict.get("ports", UNSET))

        _obj.ports = ports

        _obj.primary = src_dict.get("primary", UNSET)

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
        _obj.disable_monitoring = _pop("disableMonitoring", UNSET)

        _obj.host = _pop("host", UNSET)

        _obj.networking_type = _pop("networkingType", UNSET)

        ports = cast(list[int], _pop("ports", UNSET))

        _obj.ports = ports

        _obj.primary = _pop("primary", UNSET)

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
