from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginWithIdentityProviderRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "identityProviderName",
        "authorizationCode",
        "companyDescription",
        "companyUrl",
        "deviceCode",
        "invitedEmail",
        "legalCompanyName",
        "redirectUri",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.identity_provider_name = src_dict["identityProviderName"]

        _obj.authorization_code = src_dict.get("authorizationCode", UNSET)

        _obj.company_description = src_dict.get("companyDescription", UNSET)

        _obj.company_url = src_dict.get("companyUrl", UNSET)

        _obj.device_code = src_dict.get("deviceCode", UNSET)

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
        _obj.identity_provider_name = _pop("identityProviderName")

        _obj.authorization_code = _pop("authorizationCode", UNSET)

        _obj.company_description = _pop("companyDescription", UNSET)

        _obj.company_url = _pop("companyUrl", UNSET)

        _obj.device_code = _pop("deviceCode", UNSET)

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
