from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerLoginWithIdentityProviderRequest")


@_attrs_define
class CustomerLoginWithIdentityProviderRequest:
    """Request body of CustomerLoginWithIdentityProvider

    Attributes:
        authorization_code (str): The authorization code from the Identity Provider
        identity_provider_name (str): The type of the Identity Provider
        company_description (str | Unset):
        company_url (str | Unset):
        environment_type (str | Unset): The environment type of the portal that the customer is signing in to
        invited_email (str | Unset): Email address that the user was invited with
        legal_company_name (str | Unset):
        redirect_uri (str | Unset): The redirect URI used to get the authorization code
    """

    authorization_code: str
    identity_provider_name: str
    company_description: str | Unset = UNSET
    company_url: str | Unset = UNSET
    environment_type: str | Unset = UNSET
    invited_email: str | Unset = UNSET
    legal_company_name: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_code = self.authorization_code

        identity_provider_name = self.identity_provider_name

        company_description = self.company_description

        company_url = self.company_url

        environment_type = self.environment_type

        invited_email = self.invited_email

        legal_company_name = self.legal_company_name

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorizationCode": authorization_code,
                "identityProviderName": identity_provider_name,
            }
        )
        if company_description is not UNSET:
            field_dict["companyDescription"] = company_description
        if company_url is not UNSET:
            field_dict["companyUrl"] = company_url
        if environment_type is not UNSET:
            field_dict["environmentType"] = environment_type
        if invited_email is not UNSET:
            field_dict["invitedEmail"] = invited_email
        if legal_company_name is not UNSET:
            field_dict["legalCompanyName"] = legal_company_name
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorization_code = d.pop("authorizationCode")

        identity_provider_name = d.pop("identityProviderName")

        company_description = d.pop("companyDescription", UNSET)

        company_url = d.pop("companyUrl", UNSET)

        environment_type = d.pop("environmentType", UNSET)

        invited_email = d.pop("invitedEmail", UNSET)

        legal_company_name = d.pop("legalCompanyName", UNSET)

        redirect_uri = d.pop("redirectUri", UNSET)

        customer_login_with_identity_provider_request = cls(
            authorization_code=authorization_code,
            identity_provider_name=identity_provider_name,
            company_description=company_description,
            company_url=company_url,
            environment_type=environment_type,
            invited_email=invited_email,
            legal_company_name=legal_company_name,
            redirect_uri=redirect_uri,
        )

        customer_login_with_identity_provider_request.additional_properties = d
        return customer_login_with_identity_provider_request

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
