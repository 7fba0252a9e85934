from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerateTokenForDeploymentCellDashboardResult")


@_attrs_define
class GenerateTokenForDeploymentCellDashboardResult:
    """
    Attributes:
        deployment_cell_id (str): The deployment cell ID
        expiration_timestamp (str): The timestamp when the token expires
        token (str): The token to access the dashboard
    """

    deployment_cell_id: str
    expiration_timestamp: str
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_cell_id = self.deployment_cell_id

        expiration_timestamp = self.expiration_timestamp

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentCellID": deployment_cell_id,
                "expirationTimestamp": expiration_timestamp,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_cell_id = d.pop("deploymentCellID")

        expiration_timestamp = d.pop("expirationTimestamp")

        token = d.pop("token")

        generate_token_for_deployment_cell_dashboard_result = cls(
            deployment_cell_id=deployment_cell_id,
            expiration_timestamp=expiration_timestamp,
            token=token,
        )

        generate_token_for_deployment_cell_dashboard_result.additional_properties = d
        return generate_token_for_deployment_cell_dashboard_result

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
