from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountConfig")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloudProviderId",
        "description",
        "id",
        "name",
        "status",
        "statusMessage",
        "awsAccountID",
        "awsBootstrapRoleARN",
        "awsCloudFormationNoLBTemplateURL",
        "awsCloudFormationTemplateURL",
        "azureBootstrapShellCommand",
        "azureSubscriptionID",
        "azureTenantID",
        "byoaInstanceIDs",
        "gcpBootstrapShellCommand",
        "gcpDisconnectShellCommand",
        "gcpProjectID",
        "gcpProjectNumber",
        "gcpServiceAccountEmail",
    }
)


@_attrs_define
class AccountConfig:
    """Account configuration including the role required to access

    Attributes:
        cloud_provider_id (str): ID of an CloudProvider
        description (str): The description for the account
        id (str): ID of an Account Config
        name (str): The name of the account
        status (str): The status of the account configuration
        status_message (str): The status message of the account
        aws_account_id (str | Unset): The AWS account ID
        aws_bootstrap_role_arn (str | Unset): The security role ARN or service account ARN that grants access to operate
            the infra
        aws_cloud_formation_no_lb_template_url (str | Unset): The URL to the CloudFormation template (no LoadBalancer
            policy version)
        aws_cloud_formation_template_url (str | Unset): The URL to the CloudFormation template
        azure_bootstrap_shell_command (str | Unset): The Azure bootstrap shell command
        azure_subscription_id (str | Unset): The Azure subscription ID
        azure_tenant_id (str | Unset): The Azure tenant ID
        byoa_instance_i_ds (list[str] | Unset): The BYOA instance IDs that this account config is tied to
        gcp_bootstrap_shell_command (str | Unset): The GCP bootstrap shell command
        gcp_disconnect_shell_command (str | Unset): The GCP disconnect shell command
        gcp_project_id (str | Unset): The GCP project ID
        gcp_project_number (str | Unset): The GCP project number
        gcp_service_account_email (str | Unset): The GCP service account email
    """

    cloud_provider_id: str
    description: str
    id: str
    name: str
    status: str
    status_message: str
    aws_account_id: str | Unset = UNSET
    aws_bootstrap_role_arn: str | Unset = UNSET
    aws_cloud_formation_no_lb_template_url: str | Unset = UNSET
    aws_cloud_formation_template_url: str | Unset = UNSET
    azure_bootstrap_shell_command: str | Unset = UNSET
    azure_subscription_id: str | Unset = UNSET
    azure_tenant_id: str | Unset = UNSET
    byoa_instance_i_ds: list[str] | Unset = UNSET
    gcp_bootstrap_shell_command: str | Unset = UNSET
    gcp_disconnect_shell_command: str | Unset = UNSET
    gcp_project_id: str | Unset = UNSET
    gcp_project_number: str | Unset = UNSET
    gcp_service_account_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_id = self.cloud_provider_id

        description = self.description

        id = self.id

        name = self.name

        status = self.status

        status_message = self.status_message

        aws_account_id = self.aws_account_id

        aws_bootstrap_role_arn = self.aws_bootstrap_role_arn

        aws_cloud_formation_no_lb_template_url = self.aws_cloud_formation_no_lb_template_url

        aws_cloud_formation_template_url = self.aws_cloud_formation_template_url

        azure_bootstrap_shell_command = self.azure_bootstrap_shell_command

        azure_subscription_id = self.azure_subscription_id

        azure_tenant_id = self.azure_tenant_id

        byoa_instance_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.byoa_instance_i_ds, Unset):
            byoa_instance_i_ds = self.byoa_instance_i_ds

        gcp_bootstrap_shell_command = self.gcp_bootstrap_shell_command

        gcp_disconnect_shell_command = self.gcp_disconnect_shell_command

        gcp_project_id = self.gcp_project_id

        gcp_project_number = self.gcp_project_number

        gcp_service_account_email = self.gcp_service_account_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderId": cloud_provider_id,
                "description": description,
                "id": id,
                "name": name,
                "status": status,
                "statusMessage": status_message,
            }
        )
        if aws_account_id is not UNSET:
            field_dict["awsAccountID"] = aws_account_id
        if aws_bootstrap_role_arn is not UNSET:
            field_dict["awsBootstrapRoleARN"] = aws_bootstrap_role_arn
        if aws_cloud_formation_no_lb_template_url is not UNSET:
            field_dict["awsCloudFormationNoLBTemplateURL"] = aws_cloud_formation_no_lb_template_url
        if aws_cloud_formation_template_url is not UNSET:
            field_dict["awsCloudFormationTemplateURL"] = aws_cloud_formation_template_url
        if azure_bootstrap_shell_command is not UNSET:
            field_dict["azureBootstrapShellCommand"] = azure_bootstrap_shell_command
        if azure_subscription_id is not UNSET:
            field_dict["azureSubscriptionID"] = azure_subscription_id
        if azure_tenant_id is not UNSET:
            field_dict["azureTenantID"] = azure_tenant_id
        if byoa_instance_i_ds is not UNSET:
            field_dict["byoaInstanceIDs"] = byoa_instance_i_ds
        if gcp_bootstrap_shell_command is not UNSET:
            field_dict["gcpBootstrapShellCommand"] = gcp_bootstrap_shell_command
        if gcp_disconnect_shell_command is not UNSET:
            field_dict["gcpDisconnectShellCommand"] = gcp_disconnect_shell_command
        if gcp_project_id is not UNSET:
            field_dict["gcpProjectID"] = gcp_project_id
        if gcp_project_number is not UNSET:
            field_dict["gcpProjectNumber"] = gcp_project_number
        if gcp_service_account_email is not UNSET:
            field_dict["gcpServiceAccountEmail"] = gcp_service_account_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cloud_provider_id = src_dict["cloudProviderId"]

        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.name = src_dict["name"]

        _obj.status = src_dict["status"]

        _obj.status_message = src_dict["statusMessage"]

        _obj.aws_account_id = src_dict.get("awsAccountID", UNSET)

        _obj.aws_bootstrap_role_arn = src_dict.get("awsBootstrapRoleARN", UNSET)

        _obj.aws_cloud_formation_no_lb_template_url = src_dict.get("awsCloudFormationNoLBTemplateURL", UNSET)

        _obj.aws_cloud_formation_template_url = src_dict.get("awsCloudFormationTemplateURL", UNSET)

        _obj.azure_bootstrap_shell_command = src_dict.get("azureBootstrapShellCommand", UNSET)

        _obj.azure_subscription_id = src_dict.get("azureSubscriptionID", UNSET)

        _obj.azure_tenant_id = src_dict.get("azureTenantID", UNSET)

        byoa_instance_i_ds = cast(list[str], src_dict.get("byoaInstanceIDs", UNSET))

        _obj.byoa_instance_i_ds = byoa_instance_i_ds

        _obj.gcp_bootstrap_shell_command = src_dict.get("gcpBootstrapShellCommand", UNSET)

        _obj.gcp_disconnect_shell_command = src_dict.get("gcpDisconnectShellCommand", UNSET)

        _obj.gcp_project_id = src_dict.get("gcpProjectID", UNSET)

        _obj.gcp_project_number = src_dict.get("gcpProjectNumber", UNSET)

        _obj.gcp_service_account_email = src_dict.get("gcpServiceAccountEmail", UNSET)

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

        _obj.id = _pop("id")

        _obj.name = _pop("name")

        _obj.status = _pop("status")

        _obj.status_message = _pop("statusMessage")

        _obj.aws_account_id = _pop("awsAccountID", UNSET)

        _obj.aws_bootstrap_role_arn = _pop("awsBootstrapRoleARN", UNSET)

        _obj.aws_cloud_formation_no_lb_template_url = _pop("awsCloudFormationNoLBTemplateURL", UNSET)

        _obj.aws_cloud_formation_template_url = _pop("awsCloudFormationTemplateURL", UNSET)

        _obj.azure_bootstrap_shell_command = _pop("azureBootstrapShellCommand", UNSET)

        _obj.azure_subscription_id = _pop("azureSubscriptionID", UNSET)

        _obj.azure_tenant_id = _pop("azureTenantID", UNSET)

        byoa_instance_i_ds = cast(list[str], _pop("byoaInstanceIDs", UNSET))

        _obj.byoa_instance_i_ds = byoa_instance_i_ds

        _obj.gcp_bootstrap_shell_command = _pop("gcpBootstrapShellCommand", UNSET)

        _obj.gcp_disconnect_shell_command = _pop("gcpDisconnectShellCommand", UNSET)

        _obj.gcp_project_id = _pop("gcpProjectID", UNSET)

        _obj.gcp_project_number = _pop("gcpProjectNumber", UNSET)

        _obj.gcp_service_account_email = _pop("gcpServiceAccountEmail", UNSET)

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
