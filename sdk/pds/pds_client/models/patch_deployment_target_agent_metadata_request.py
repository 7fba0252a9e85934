from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchDeploymentTargetAgentMetadataRequest")


@_attrs_define
class PatchDeploymentTargetAgentMetadataRequest:
    """
    Attributes:
        kube_api_version (str | Unset):
        kube_platform (str | Unset):
        pds_chart_version (str | Unset):
        px_csi_enabled (str | Unset):
        px_service_namespace (str | Unset):
        px_version (str | Unset):
        teleport_agent_version (str | Unset):
    """

    kube_api_version: str | Unset = UNSET
    kube_platform: str | Unset = UNSET
    pds_chart_version: str | Unset = UNSET
    px_csi_enabled: str | Unset = UNSET
    px_service_namespace: str | Unset = UNSET
    px_version: str | Unset = UNSET
    teleport_agent_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kube_api_version = self.kube_api_version

        kube_platform = self.kube_platform

        pds_chart_version = self.pds_chart_version

        px_csi_enabled = self.px_csi_enabled

        px_service_namespace = self.px_service_namespace

        px_version = self.px_version

        teleport_agent_version = self.teleport_agent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kube_api_version is not UNSET:
            field_dict["kube_api_version"] = kube_api_version
        if kube_platform is not UNSET:
            field_dict["kube_platform"] = kube_platform
        if pds_chart_version is not UNSET:
            field_dict["pds_chart_version"] = pds_chart_version
        if px_csi_enabled is not UNSET:
            field_dict["px_csi_enabled"] = px_csi_enabled
        if px_service_namespace is not UNSET:
            field_dict["px_service_namespace"] = px_service_namespace
        if px_version is not UNSET:
            field_dict["px_version"] = px_version
        if teleport_agent_version is not UNSET:
            field_dict["teleport_agent_version"] = teleport_agent_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kube_api_version = d.pop("kube_api_version", UNSET)

        kube_platform = d.pop("kube_platform", UNSET)

        pds_chart_version = d.pop("pds_chart_version", UNSET)

        px_csi_enabled = d.pop("px_csi_enabled", UNSET)

        px_service_namespace = d.pop("px_service_namespace", UNSET)

        px_version = d.pop("px_version", UNSET)

        teleport_agent_version = d.pop("teleport_agent_version", UNSET)

        patch_deployment_target_agent_metadata_request = cls(
            kube_api_version=kube_api_version,
            kube_platform=kube_platform,
            pds_chart_version=pds_chart_version,
            px_csi_enabled=px_csi_enabled,
            px_service_namespace=px_service_namespace,
            px_version=px_version,
            teleport_agent_version=teleport_agent_version,
        )

        patch_deployment_target_agent_metadata_request.additional_properties = d
        return patch_deployment_target_agent_metadata_request

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
