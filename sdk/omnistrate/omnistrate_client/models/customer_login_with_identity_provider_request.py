from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerLoginWithIdentityProviderRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "authorizationCode",
        "identityProviderName",
        "companyDescription",
        "companyUrl",
        "environmentType",
        "invitedEmail",
        "legalCompanyName",
        "redirectUri",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.authorization_code = src_dict["authorizationCode"]

        _obj.identity_provider_name = src_dict["identityProviderName"]

        _obj.company_description = src_dict.get("companyDescription", UNSET)

        _obj.company_url = src_dict.get("companyUrl", UNSET)

        _obj.environment_type = src_dict.get("environmentType", UNSET)

        _obj.invited_email = src_dict.get("invitedEmail", UNSET)

        _obj.legal_company_name = src_dict.get("legalCompanyName", UNSET)

        _obj.redirect_uri = src_dict.get("redirectUri", UNSET)

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
        _obj.authorization_code = _pop("authorizationCode")

        _obj.identity_provider_name = _pop("identityProviderName")

        _obj.company_description = _pop("companyDescription", UNSET)

        _obj.company_url = _pop("companyUrl", UNSET)

        _obj.environment_type = _pop("environmentType", UNSET)

        _obj.invited_email = _pop("invitedEmail", UNSET)

        _obj.legal_company_name = _pop("legalCompanyName", UNSET)

        _obj.redirect_uri = _pop("redirectUri", UNSET)

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
