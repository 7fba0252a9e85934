from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_deployment_target_metadata_request_kube_platform import (
    UpdateDeploymentTargetMetadataRequestKubePlatform,
)
from ..models.update_deployment_target_metadata_request_px_csi_enabled import (
    UpdateDeploymentTargetMetadataRequestPxCsiEnabled,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDeploymentTargetMetadataRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cluster_id",
        "kube_api_version",
        "kube_platform",
        "pds_chart_version",
        "px_csi_enabled",
        "px_service_namespace",
        "px_version",
    }
)


@_attrs_define
class UpdateDeploymentTargetMetadataRequest:
    """
    Attributes:
        cluster_id (str | Unset):
        kube_api_version (str | Unset):
        kube_platform (UpdateDeploymentTargetMetadataRequestKubePlatform | Unset):
        pds_chart_version (str | Unset):
        px_csi_enabled (UpdateDeploymentTargetMetadataRequestPxCsiEnabled | Unset):
        px_service_namespace (str | Unset):
        px_version (str | Unset):
    """

    cluster_id: str | Unset = UNSET
    kube_api_version: str | Unset = UNSET
    kube_platform: UpdateDeploymentTargetMetadataRequestKubePlatform | Unset = UNSET
    pds_chart_version: str | Unset = UNSET
    px_csi_enabled: UpdateDeploymentTargetMetadataRequestPxCsiEnabled | Unset = UNSET
    px_service_namespace: str | Unset = UNSET
    px_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        kube_api_version = self.kube_api_version

        kube_platform: str | Unset = UNSET
        if not isinstance(self.kube_platform, Unset):
            kube_platform = self.kube_platform.value

        pds_chart_version = self.pds_chart_version

        px_csi_enabled: str | Unset = UNSET
        if not isinstance(self.px_csi_enabled, Unset):
            px_csi_enabled = self.px_csi_enabled.value

        px_service_namespace = self.px_service_namespace

        px_version = self.px_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cluster_id = src_dict.get("cluster_id", UNSET)

        _obj.kube_api_version = src_dict.get("kube_api_version", UNSET)

        _kube_platform = src_dict.get("kube_platform", UNSET)
        kube_platform: UpdateDeploymentTargetMetadataRequestKubePlatform | Unset
        if isinstance(_kube_platform, Unset):
            kube_platform = UNSET
        else:
            kube_platform = UpdateDeploymentTargetMetadataRequestKubePlatform(_kube_platform)

        _obj.kube_platform = kube_platform

        _obj.pds_chart_version = src_dict.get("pds_chart_version", UNSET)

        _px_csi_enabled = src_dict.get("px_csi_enabled", UNSET)
        px_csi_enabled: UpdateDeploymentTargetMetadataRequestPxCsiEnabled | Unset
        if isinstance(_px_csi_enabled, Unset):
            px_csi_enabled = UNSET
        else:
            px_csi_enabled = UpdateDeploymentTargetMetadataRequestPxCsiEnabled(_px_csi_enabled)

        _obj.px_csi_enabled = px_csi_enabled

        _obj.px_service_namespace = src_dict.get("px_service_namespace", UNSET)

        _obj.px_version = src_dict.get("px_version", UNSET)

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
        _obj.cluster_id = _pop("cluster_id", UNSET)

        _obj.kube_api_version = _pop("kube_api_version", UNSET)

        _kube_platform = _pop("kube_platform", UNSET)
        kube_platform: UpdateDeploymentTargetMetadataRequestKubePlatform | Unset
        if isinstance(_kube_platform, Unset):
            kube_platform = UNSET
        else:
            kube_platform = UpdateDeploymentTargetMetadataRequestKubePlatform(_kube_platform)

        _obj.kube_platform = kube_platform

        _obj.pds_chart_version = _pop("pds_chart_version", UNSET)

        _px_csi_enabled = _pop("px_csi_enabled", UNSET)
        px_csi_enabled: UpdateDeploymentTargetMetadataRequestPxCsiEnabled | Unset
        if isinstance(_px_csi_enabled, Unset):
            px_csi_enabled = UNSET
        else:
            px_csi_enabled = UpdateDeploymentTargetMetadataRequestPxCsiEnabled(_px_csi_enabled)

        _obj.px_csi_enabled = px_csi_enabled

        _obj.px_service_namespace = _pop("px_service_namespace", UNSET)

        _obj.px_version = _pop("px_version", UNSET)

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
