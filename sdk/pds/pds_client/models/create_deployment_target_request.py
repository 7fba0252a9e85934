from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeploymentTargetRequest")


@_attrs_define
class CreateDeploymentTargetRequest:
    """
    Attributes:
        cluster_id (str | Unset):
        name (str | Unset):
        teleport_agent_version (str | Unset):
        tls_issuer (str | Unset):
        tls_required (bool | Unset):
    """

    cluster_id: str | Unset = UNSET
    name: str | Unset = UNSET
    teleport_agent_version: str | Unset = UNSET
    tls_issuer: str | Unset = UNSET
    tls_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        name = self.name

        teleport_agent_version = self.teleport_agent_version

        tls_issuer = self.tls_issuer

        tls_required = self.tls_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if name is not UNSET:
            field_dict["name"] = name
        if teleport_agent_version is not UNSET:
            field_dict["teleport_agent_version"] = teleport_agent_version
        if tls_issuer is not UNSET:
            field_dict["tls_issuer"] = tls_issuer
        if tls_required is not UNSET:
            field_dict["tls_required"] = tls_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("cluster_id", UNSET)

        name = d.pop("name", UNSET)

        teleport_agent_version = d.pop("teleport_agent_version", UNSET)

        tls_issuer = d.pop("tls_issuer", UNSET)

        tls_required = d.pop("tls_required", UNSET)

        create_deployment_target_request = cls(
            cluster_id=cluster_id,
            name=name,
            teleport_agent_version=teleport_agent_version,
            tls_issuer=tls_issuer,
            tls_required=tls_required,
        )

        create_deployment_target_request.additional_properties = d
        return create_deployment_target_request

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
