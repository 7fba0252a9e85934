from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KubernetesDashboardEndpoint")


@_attrs_define
class KubernetesDashboardEndpoint:
    """
    Attributes:
        dashboard_endpoint (str | Unset): The dashboard endpoint Default: ''.
        deployment_cell_id (str | Unset): The deployment cell ID Default: ''.
    """

    dashboard_endpoint: str | Unset = ""
    deployment_cell_id: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboard_endpoint = self.dashboard_endpoint

        deployment_cell_id = self.deployment_cell_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboard_endpoint is not UNSET:
            field_dict["dashboardEndpoint"] = dashboard_endpoint
        if deployment_cell_id is not UNSET:
            field_dict["deploymentCellID"] = deployment_cell_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dashboard_endpoint = d.pop("dashboardEndpoint", UNSET)

        deployment_cell_id = d.pop("deploymentCellID", UNSET)

        kubernetes_dashboard_endpoint = cls(
            dashboard_endpoint=dashboard_endpoint,
            deployment_cell_id=deployment_cell_id,
        )

        kubernetes_dashboard_endpoint.additional_properties = d
        return kubernetes_dashboard_endpoint

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
