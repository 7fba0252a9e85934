from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentTargetConfig")


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
        d = dict(src_dict)
        observability_url = d.pop("observability_url", UNSET)

        teleport_ca_pin = d.pop("teleport_ca_pin", UNSET)

        teleport_join_token = d.pop("teleport_join_token", UNSET)

        teleport_proxy_addr = d.pop("teleport_proxy_addr", UNSET)

        deployment_target_config = cls(
            observability_url=observability_url,
            teleport_ca_pin=teleport_ca_pin,
            teleport_join_token=teleport_join_token,
            teleport_proxy_addr=teleport_proxy_addr,
        )

        deployment_target_config.additional_properties = d
        return deployment_target_config

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
