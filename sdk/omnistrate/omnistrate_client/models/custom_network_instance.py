from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomNetworkInstance")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "awsAccountID",
        "azureSubscriptionID",
        "azureTenantID",
        "cloudProviderNativeNetworkId",
        "gcpProjectID",
        "gcpProjectNumber",
        "hostClusterID",
    }
)


@_attrs_define
class CustomNetworkInstance:
    """
    Attributes:
        aws_account_id (str | Unset): The AWS account ID
        azure_subscription_id (str | Unset): The Azure subscription ID
        azure_tenant_id (str | Unset): The Azure tenant ID
        cloud_provider_native_network_id (str | Unset): The ID of the network within cloud provider account
        gcp_project_id (str | Unset): The GCP project ID
        gcp_project_number (str | Unset): The GCP project number
        host_cluster_id (str | Unset): ID of a Host Cluster
    """

    aws_account_id: str | Unset = UNSET
    azure_subscription_id: str | Unset = UNSET
    azure_tenant_id: str | Unset = UNSET
    cloud_provider_native_network_id: str | Unset = UNSET
    gcp_project_id: str | Unset = UNSET
    gcp_project_number: str | Unset = UNSET
    host_cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws_account_id = self.aws_account_id

        azure_subscription_id = self.azure_subscription_id

        azure_tenant_id = self.azure_tenant_id

        cloud_provider_native_network_id = self.cloud_provider_native_network_id

        gcp_project_id = self.gcp_project_id

        gcp_project_number = self.gcp_project_number

        host_cluster_id = self.host_cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws_account_id is not UNSET:
            field_dict["awsAccountID"] = aws_account_id
        if azure_subscription_id is not UNSET:
            field_dict["azureSubscriptionID"] = azure_subscription_id
        if azure_tenant_id is not UNSET:
            field_dict["azureTenantID"] = azure_tenant_id
        if cloud_provider_native_network_id is not UNSET:
            field_dict["cloudProviderNativeNetworkId"] = cloud_provider_native_network_id
        if gcp_project_id is not UNSET:
            field_dict["gcpProjectID"] = gcp_project_id
        if gcp_project_number is not UNSET:
            field_dict["gcpProjectNumber"] = gcp_project_number
        if host_cluster_id is not UNSET:
            field_dict["hostClusterID"] = host_cluster_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.aws_account_id = src_dict.get("awsAccountID", UNSET)

        _obj.azure_subscription_id = src_dict.get("azureSubscriptionID", UNSET)

        _obj.azure_tenant_id = src_dict.get("azureTenantID", UNSET)

        _obj.cloud_provider_native_network_id = src_dict.get("cloudProviderNativeNetworkId", UNSET)

        _obj.gcp_project_id = src_dict.get("gcpProjectID", UNSET)

        _obj.gcp_project_number = src_dict.get("gcpProjectNumber", UNSET)

        _obj.host_cluster_id = src_dict.get("hostClusterID", UNSET)

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
        _obj.aws_account_id = _pop("awsAccountID", UNSET)

        _obj.azure_subscription_id = _pop("azureSubscriptionID", UNSET)

        _obj.azure_tenant_id = _pop("azureTenantID", UNSET)

        _obj.cloud_provider_native_network_id = _pop("cloudProviderNativeNetworkId", UNSET)

        _obj.gcp_project_id = _pop("gcpProjectID", UNSET)

        _obj.gcp_project_number = _pop("gcpProjectNumber", UNSET)

        _obj.host_cluster_id = _pop("hostClusterID", UNSET)

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
