from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentTargetMetadata")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "kube_api_version",
        "kube_platform",
        "pds_chart_version",
        "pds_features",
        "pds_operator_version",
        "px_csi_enabled",
        "px_service_namespace",
        "px_status",
        "px_version",
    }
)


@_attrs_define
class DeploymentTargetMetadata:
    """
    Attributes:
        kube_api_version (str | Unset):
        kube_platform (str | Unset):
        pds_chart_version (str | Unset):
        pds_features (str | Unset):
        pds_operator_version (str | Unset):
        px_csi_enabled (str | Unset):
        px_service_namespace (str | Unset):
        px_status (str | Unset):
        px_version (str | Unset):
    """

    kube_api_version: str | Unset = UNSET
    kube_platform: str | Unset = UNSET
    pds_chart_version: str | Unset = UNSET
    pds_features: str | Unset = UNSET
    pds_operator_version: str | Unset = UNSET
    px_csi_enabled: str | Unset = UNSET
    px_service_namespace: str | Unset = UNSET
    px_status: str | Unset = UNSET
    px_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kube_api_version = self.kube_api_version

        kube_platform = self.kube_platform

        pds_chart_version = self.pds_chart_version

        pds_features = self.pds_features

        pds_operator_version = self.pds_operator_version

        px_csi_enabled = self.px_csi_enabled

        px_service_namespace = self.px_service_namespace

        px_status = self.px_status

        px_version = self.px_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kube_api_version is not UNSET:
            field_dict["kube_api_version"] = kube_api_version
        if kube_platform is not UNSET:
            field_dict["kube_platform"] = kube_platform
        if pds_chart_version is not UNSET:
            field_dict["pds_chart_version"] = pds_chart_version
        if pds_features is not UNSET:
            field_dict["pds_features"] = pds_features
        if pds_operator_version is not UNSET:
            field_dict["pds_operator_version"] = pds_operator_version
        if px_csi_enabled is not UNSET:
            field_dict["px_csi_enabled"] = px_csi_enabled
        if px_service_namespace is not UNSET:
            field_dict["px_service_namespace"] = px_service_namespace
        if px_status is not UNSET:
            field_dict["px_status"] = px_status
        if px_version is not UNSET:
            field_dict["px_version"] = px_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.kube_api_version = src_dict.get("kube_api_version", UNSET)

        _obj.kube_platform = src_dict.get("kube_platform", UNSET)

        _obj.pds_chart_version = src_dict.get("pds_chart_version", UNSET)

        _obj.pds_features = src_dict.get("pds_features", UNSET)

        _obj.pds_operator_version = src_dict.get("pds_operator_version", UNSET)

        _obj.px_csi_enabled = src_dict.get("px_csi_enabled", UNSET)

        _obj.px_service_namespace = src_dict.get("px_service_namespace", UNSET)

        _obj.px_status = src_dict.get("px_status", UNSET)

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
        _obj.kube_api_version = _pop("kube_api_version", UNSET)

        _obj.kube_platform = _pop("kube_platform", UNSET)

        _obj.pds_chart_version = _pop("pds_chart_version", UNSET)

        _obj.pds_features = _pop("pds_features", UNSET)

        _obj.pds_operator_version = _pop("pds_operator_version", UNSET)

        _obj.px_csi_enabled = _pop("px_csi_enabled", UNSET)

        _obj.px_service_namespace = _pop("px_service_namespace", UNSET)

        _obj.px_status = _pop("px_status", UNSET)

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
