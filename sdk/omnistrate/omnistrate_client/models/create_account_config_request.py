from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAccountConfigRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloudProviderId",
        "description",
        "name",
        "awsAccessKey",
        "awsAccountID",
        "awsBootstrapRoleARN",
        "awsSecretKey",
        "azureSubscriptionID",
        "azureTenantID",
        "byoaInstanceID",
        "gcpProjectID",
        "gcpProjectNumber",
        "gcpServiceAccountEmail",
        "gcpServiceAccountKey",
    }
)


@_attrs_define
class CreateAccountConfigRequest:
    """Request body of CreateAccountConfig

    Attributes:
        cloud_provider_id (str): Cloud Provider ID to operate on
        description (str): The description for the account
        name (str): The name of the account
        aws_access_key (str | Unset): The AWS access key
        aws_account_id (str | Unset): The AWS account ID
        aws_bootstrap_role_arn (str | Unset): The security role ARN or service account ARN that grants access to operate
            the infra
        aws_secret_key (str | Unset): The AWS secret key
        azure_subscription_id (str | Unset): The Azure subscription ID
        azure_tenant_id (str | Unset): The Azure tenant ID
        byoa_instance_id (str | Unset): The BYOA instance ID that this account config is tied to
        gcp_project_id (str | Unset): The GCP project ID
        gcp_project_number (str | Unset): The GCP project number
        gcp_service_account_email (str | Unset): The GCP service account email
        gcp_service_account_key (str | Unset): The GCP service account key
    """

    cloud_provider_id: str
    description: str
    name: str
    aws_access_key: str | Unset = UNSET
    aws_account_id: str | Unset = UNSET
    aws_bootstrap_role_arn: str | Unset = UNSET
    aws_secret_key: str | Unset = UNSET
    azure_subscription_id: str | Unset = UNSET
    azure_tenant_id: str | Unset = UNSET
    byoa_instance_id: str | Unset = UNSET
    gcp_project_id: str | Unset = UNSET
    gcp_project_number: str | Unset = UNSET
    gcp_service_account_email: str | Unset = UNSET
    gcp_service_account_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_id = self.cloud_provider_id

        description = self.description

        name = self.name

        aws_access_key = self.aws_access_key

        aws_account_id = self.aws_account_id

        aws_bootstrap_role_arn = self.aws_bootstrap_role_arn

        aws_secret_key = self.aws_secret_key

        azure_subscription_id = self.azure_subscription_id

        azure_tenant_id = self.azure_tenant_id

        byoa_instance_id = self.byoa_instance_id

        gcp_project_id = self.gcp_project_id

        gcp_project_number = self.gcp_project_number

        gcp_service_account_email = self.gcp_service_account_email

        gcp_service_account_key = self.gcp_service_account_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderId": cloud_provider_id,
                "description": description,
                "name": name,
            }
        )
        if aws_access_key is not UNSET:
            field_dict["awsAccessKey"] = aws_access_key
        if aws_account_id is not UNSET:
            field_dict["awsAccountID"] = aws_account_id
        if aws_bootstrap_role_arn is not UNSET:
            field_dict["awsBootstrapRoleARN"] = aws_bootstrap_role_arn
        if aws_secret_key is not UNSET:
            field_dict["awsSecretKey"] = aws_secret_key
        if azure_subscription_id is not UNSET:
            field_dict["azureSubscriptionID"] = azure_subscription_id
        if azure_tenant_id is not UNSET:
            field_dict["azureTenantID"] = azure_tenant_id
        if byoa_instance_id is not UNSET:
            field_dict["byoaInstanceID"] = byoa_instance_id
        if gcp_project_id is not UNSET:
            field_dict["gcpProjectID"] = gcp_project_id
        if gcp_project_number is not UNSET:
            field_dict["gcpProjectNumber"] = gcp_project_number
        if gcp_service_account_email is not UNSET:
            field_dict["gcpServiceAccountEmail"] = gcp_service_account_email
        if gcp_service_account_key is not UNSET:
            field_dict["gcpServiceAccountKey"] = gcp_service_account_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cloud_provider_id = src_dict["cloudProviderId"]

        _obj.description = src_dict["description"]

        _obj.name = src_dict["name"]

        _obj.aws_access_key = src_dict.get("awsAccessKey", UNSET)

        _obj.aws_account_id = src_dict.get("awsAccountID", UNSET)

        _obj.aws_bootstrap_role_arn = src_dict.get("awsBootstrapRoleARN", UNSET)

        _obj.aws_secret_key = src_dict.get("awsSecretKey", UNSET)

        _obj.azure_subscription_id = src_dict.get("azureSubscriptionID", UNSET)

        _obj.azure_tenant_id = src_dict.get("azureTenantID", UNSET)

        _obj.byoa_instance_id = src_dict.get("byoaInstanceID", UNSET)

        _obj.gcp_project_id = src_dict.get("gcpProjectID", UNSET)

        _obj.gcp_project_number = src_dict.get("gcpProjectNumber", UNSET)

        _obj.gcp_service_account_email = src_dict.get("gcpServiceAccountEmail", UNSET)

        _obj.gcp_service_account_key = src_dict.get("gcpServiceAccountKey", UNSET)

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
        _obj.cloud_provider_id = _pop("cloudProviderId")

        _obj.description = _pop("description")

        _obj.name = _pop("name")

        _obj.aws_access_key = _pop("awsAccessKey", UNSET)

        _obj.aws_account_id = _pop("awsAccountID", UNSET)

        _obj.aws_bootstrap_role_arn = _pop("awsBootstrapRoleARN", UNSET)

        _obj.aws_secret_key = _pop("awsSecretKey", UNSET)

        _obj.azure_subscription_id = _pop("azureSubscriptionID", UNSET)

        _obj.azure_tenant_id = _pop("azureTenantID", UNSET)

        _obj.byoa_instance_id = _pop("byoaInstanceID", UNSET)

        _obj.gcp_project_id = _pop("gcpProjectID", UNSET)

        _obj.gcp_project_number = _pop("gcpProjectNumber", UNSET)

        _obj.gcp_service_account_email = _pop("gcpServiceAccountEmail", UNSET)

        _obj.gcp_service_account_key = _pop("gcpServiceAccountKey", UNSET)

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
