from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentTargetConfig")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "observability_url",
        "teleport_ca_pin",
        "teleport_join_token",
        "teleport_proxy_addr",
    }
)


@_attrs_define
class DeploymentTargetConfig:
    """
    Attributes:
        observability_url (str | Unset):
        teleport_ca_pin (str | Unset):
        teleport_join_token (str | Unset):
        teleport_proxy_addr (str | Unset):
    """

    observability_url: str | Unset = UNSET
    teleport_ca_pin: str | Unset = UNSET
    teleport_join_token: str | Unset = UNSET
    teleport_proxy_addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        observability_url = self.observability_url

        teleport_ca_pin = self.teleport_ca_pin

        teleport_join_token = self.teleport_join_token

        teleport_proxy_addr = self.teleport_proxy_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if observability_url is not UNSET:
            field_dict["observability_url"] = observability_url
        if teleport_ca_pin is not UNSET:
            field_dict["teleport_ca_pin"] = teleport_ca_pin
        if teleport_join_token is not UNSET:
            field_dict["teleport_join_token"] = teleport_join_token
        if teleport_proxy_addr is not UNSET:
            field_dict["teleport_proxy_addr"] = teleport_proxy_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.observability_url = src_dict.get("observability_url", UNSET)

        _obj.teleport_ca_pin = src_dict.get("teleport_ca_pin", UNSET)

        _obj.teleport_join_token = src_dict.get("teleport_join_token", UNSET)

        _obj.teleport_proxy_addr = src_dict.get("teleport_proxy_addr", UNSET)

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
        _obj.observability_url = _pop("observability_url", UNSET)

        _obj.teleport_ca_pin = _pop("teleport_ca_pin", UNSET)

        _obj.teleport_join_token = _pop("teleport_join_token", UNSET)

        _obj.teleport_proxy_addr = _pop("teleport_proxy_addr", UNSET)

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
