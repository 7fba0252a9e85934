from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeAccountConfigByAWSAccountIDResult")


@_attrs_define
class DescribeAccountConfigByAWSAccountIDResult:
    """Account configuration including the role required to access

    Attributes:
        aws_account_id (str): The AWS account ID
        aws_bootstrap_role_arn (str): The security role ARN or service account ARN that grants access to operate the
            infra
        cloud_provider_id (str): ID of an CloudProvider
        description (str): The description for the account
        id (str): ID of an Account Config
        name (str): The name of the account
        status (str): The status of the account configuration
        status_message (str): The status message of the account
        aws_cloud_formation_no_lb_template_url (str | Unset): The URL to the CloudFormation template (no LoadBalancer
            policy version)
        aws_cloud_formation_template_url (str | Unset): The URL to the CloudFormation template
        byoa_instance_i_ds (list[str] | Unset): The BYOA instance IDs that this account config is tied to
    """

    aws_account_id: str
    aws_bootstrap_role_arn: str
    cloud_provider_id: str
    description: str
    id: str
    name: str
    status: str
    status_message: str
    aws_cloud_formation_no_lb_template_url: str | Unset = UNSET
    aws_cloud_formation_template_url: str | Unset = UNSET
    byoa_instance_i_ds: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws_account_id = self.aws_account_id

        aws_bootstrap_role_arn = self.aws_bootstrap_role_arn

        cloud_provider_id = self.cloud_provider_id

        description = self.description

        id = self.id

        name = self.name

        status = self.status

        status_message = self.status_message

        aws_cloud_formation_no_lb_template_url = self.aws_cloud_formation_no_lb_template_url

        aws_cloud_formation_template_url = self.aws_cloud_formation_template_url

        byoa_instance_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.byoa_instance_i_ds, Unset):
            byoa_instance_i_ds = self.byoa_instance_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awsAccountID": aws_account_id,
                "awsBootstrapRoleARN": aws_bootstrap_role_arn,
                "cloudProviderId": cloud_provider_id,
                "description": description,
                "id": id,
                "name": name,
                "status": status,
                "statusMessage": status_message,
            }
        )
        if aws_cloud_formation_no_lb_template_url is not UNSET:
            field_dict["awsCloudFormationNoLBTemplateURL"] = aws_cloud_formation_no_lb_template_url
        if aws_cloud_formation_template_url is not UNSET:
            field_dict["awsCloudFormationTemplateURL"] = aws_cloud_formation_template_url
        if byoa_instance_i_ds is not UNSET:
            field_dict["byoaInstanceIDs"] = byoa_instance_i_ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aws_account_id = d.pop("awsAccountID")

        aws_bootstrap_role_arn = d.pop("awsBootstrapRoleARN")

        cloud_provider_id = d.pop("cloudProviderId")

        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        status = d.pop("status")

        status_message = d.pop("statusMessage")

        aws_cloud_formation_no_lb_template_url = d.pop("awsCloudFormationNoLBTemplateURL", UNSET)

        aws_cloud_formation_template_url = d.pop("awsCloudFormationTemplateURL", UNSET)

        byoa_instance_i_ds = cast(list[str], d.pop("byoaInstanceIDs", UNSET))

        describe_account_config_by_aws_account_id_result = cls(
            aws_account_id=aws_account_id,
            aws_bootstrap_role_arn=aws_bootstrap_role_arn,
            cloud_provider_id=cloud_provider_id,
            description=description,
            id=id,
            name=name,
            status=status,
            status_message=status_message,
            aws_cloud_formation_no_lb_template_url=aws_cloud_formation_no_lb_template_url,
            aws_cloud_formation_template_url=aws_cloud_formation_template_url,
            byoa_instance_i_ds=byoa_instance_i_ds,
        )

        describe_account_config_by_aws_account_id_result.additional_properties = d
        return describe_account_config_by_aws_account_id_result

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
