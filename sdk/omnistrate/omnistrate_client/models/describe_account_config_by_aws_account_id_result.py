from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeAccountConfigByAWSAccountIDResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "awsAccountID",
        "awsBootstrapRoleARN",
        "cloudProviderId",
        "description",
        "id",
        "name",
        "status",
        "statusMessage",
        "awsCloudFormationNoLBTemplateURL",
        "awsCloudFormationTemplateURL",
        "byoaInstanceIDs",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.aws_account_id = src_dict["awsAccountID"]

        _obj.aws_bootstrap_role_arn = src_dict["awsBootstrapRoleARN"]

        _obj.cloud_provider_id = src_dict["cloudProviderId"]

        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.name = src_dict["name"]

        _obj.status = src_dict["status"]

        _obj.status_message = src_dict["statusMessage"]

        _obj.aws_cloud_formation_no_lb_template_url = src_dict.get("awsCloudFormationNoLBTemplateURL", UNSET)

        _obj.aws_cloud_formation_template_url = src_dict.get("awsCloudFormationTemplateURL", UNSET)

        byoa_instance_i_ds = cast(list[str], src_dict.get("byoaInstanceIDs", UNSET))

        _obj.byoa_instance_i_ds = byoa_instance_i_ds

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
        _obj.aws_account_id = _pop("awsAccountID")

        _obj.aws_bootstrap_role_arn = _pop("awsBootstrapRoleARN")

        _obj.cloud_provider_id = _pop("cloudProviderId")

        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.name = _pop("name")

        _obj.status = _pop("status")

        _obj.status_message = _pop("statusMessage")

        _obj.aws_cloud_formation_no_lb_template_url = _pop("awsCloudFormationNoLBTemplateURL", UNSET)

        _obj.aws_cloud_formation_template_url = _pop("awsCloudFormationTemplateURL", UNSET)

        byoa_instance_i_ds = cast(list[str], _pop("byoaInstanceIDs", UNSET))

        _obj.byoa_instance_i_ds = byoa_instance_i_ds

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
