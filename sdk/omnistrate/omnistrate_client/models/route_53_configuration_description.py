from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Route53ConfigurationDescription")


@_attrs_define
class Route53ConfigurationDescription:
    """
    Attributes:
        aws_account_id (str): The AWS account hosting the the hosted zone for the domain
        aws_cloud_formation_template_url (str): The URL to the CloudFormation template
    """

    aws_account_id: str
    aws_cloud_formation_template_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws_account_id = self.aws_account_id

        aws_cloud_formation_template_url = self.aws_cloud_formation_template_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awsAccountID": aws_account_id,
                "awsCloudFormationTemplateURL": aws_cloud_formation_template_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aws_account_id = d.pop("awsAccountID")

        aws_cloud_formation_template_url = d.pop("awsCloudFormationTemplateURL")

        route_53_configuration_description = cls(
            aws_account_id=aws_account_id,
            aws_cloud_formation_template_url=aws_cloud_formation_template_url,
        )

        route_53_configuration_description.additional_properties = d
        return route_53_configuration_description

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
