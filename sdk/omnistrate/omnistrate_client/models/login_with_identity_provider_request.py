from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginWithIdentityProviderRequest")


@_attrs_define
class LoginWithIdentityProviderRequest:
    """Request body of LoginWithIdentityProvider

    Attributes:
        identity_provider_name (str): The name of the identity provider
        authorization_code (str | Unset): The authorization code from the Identity Provider
        company_description (str | Unset):
        company_url (str | Unset):
        device_code (str | Unset): The device code from the Identity Provider
        invited_email (str | Unset): Email address that the user was invited with
        legal_company_name (str | Unset):
        redirect_uri (str | Unset): The redirect URI used to get the authorization code
    """

    identity_provider_name: str
    authorization_code: str | Unset = UNSET
    company_description: str | Unset = UNSET
    company_url: str | Unset = UNSET
    device_code: str | Unset = UNSET
    invited_email: str | Unset = UNSET
    legal_company_name: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity_provider_name = self.identity_provider_name

        authorization_code = self.authorization_code

        company_description = self.company_description

        company_url = self.company_url

        device_code = self.device_code

        invited_email = self.invited_email

        legal_company_name = self.legal_company_name

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identityProviderName": identity_provider_name,
            }
        )
        if authorization_code is not UNSET:
            field_dict["authorizationCode"] = authorization_code
        if company_description is not UNSET:
            field_dict["companyDescription"] = company_description
        if company_url is not UNSET:
            field_dict["companyUrl"] = company_url
        if device_code is not UNSET:
            field_dict["deviceCode"] = device_code
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
        identity_provider_name = d.pop("identityProviderName")

        authorization_code = d.pop("authorizationCode", UNSET)

        company_description = d.pop("companyDescription", UNSET)

        company_url = d.pop("companyUrl", UNSET)

        device_code = d.pop("deviceCode", UNSET)

        invited_email = d.pop("invitedEmail", UNSET)

        legal_company_name = d.pop("legalCompanyName", UNSET)

        redirect_uri = d.pop("redirectUri", UNSET)

        login_with_identity_provider_request = cls(
            identity_provider_name=identity_provider_name,
            authorization_code=authorization_code,
            company_description=company_description,
            company_url=company_url,
            device_code=device_code,
            invited_email=invited_email,
            legal_company_name=legal_company_name,
            redirect_uri=redirect_uri,
        )

        login_with_identity_provider_request.additional_properties = d
        return login_with_identity_provider_request

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
