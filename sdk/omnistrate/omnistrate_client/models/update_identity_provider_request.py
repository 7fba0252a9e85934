from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateIdentityProviderRequest")


@_attrs_define
class UpdateIdentityProviderRequest:
    """Request body of UpdateIdentityProvider

    Attributes:
        authorization_endpoint (str | Unset): The authorization endpoint of the Identity Provider
        client_id (str | Unset): The Client ID of the Identity Provider
        client_secret (str | Unset): The Client Secret of the Identity Provider
        disabled (bool | Unset): Whether the Identity Provider is disabled
        email_identifiers (str | Unset): The email identifiers to use for the Identity Provider
        environment_type (str | Unset): The type of environment to filter costs by
        login_button_icon_url (str | Unset): The URL of the icon to use for the login button
        login_button_text (str | Unset): The text to use for the login button
        name (str | Unset): The name of the Identity Provider
        scopes (str | Unset): The scopes to request from the Identity Provider
        token_endpoint (str | Unset): The token endpoint of the Identity Provider
        user_info_endpoint (str | Unset): The user info endpoint of the Identity Provider
    """

    authorization_endpoint: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    email_identifiers: str | Unset = UNSET
    environment_type: str | Unset = UNSET
    login_button_icon_url: str | Unset = UNSET
    login_button_text: str | Unset = UNSET
    name: str | Unset = UNSET
    scopes: str | Unset = UNSET
    token_endpoint: str | Unset = UNSET
    user_info_endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_endpoint = self.authorization_endpoint

        client_id = self.client_id

        client_secret = self.client_secret

        disabled = self.disabled

        email_identifiers = self.email_identifiers

        environment_type = self.environment_type

        login_button_icon_url = self.login_button_icon_url

        login_button_text = self.login_button_text

        name = self.name

        scopes = self.scopes

        token_endpoint = self.token_endpoint

        user_info_endpoint = self.user_info_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authorization_endpoint is not UNSET:
            field_dict["authorizationEndpoint"] = authorization_endpoint
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if email_identifiers is not UNSET:
            field_dict["emailIdentifiers"] = email_identifiers
        if environment_type is not UNSET:
            field_dict["environmentType"] = environment_type
        if login_button_icon_url is not UNSET:
            field_dict["loginButtonIconUrl"] = login_button_icon_url
        if login_button_text is not UNSET:
            field_dict["loginButtonText"] = login_button_text
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_endpoint is not UNSET:
            field_dict["tokenEndpoint"] = token_endpoint
        if user_info_endpoint is not UNSET:
            field_dict["userInfoEndpoint"] = user_info_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorization_endpoint = d.pop("authorizationEndpoint", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        disabled = d.pop("disabled", UNSET)

        email_identifiers = d.pop("emailIdentifiers", UNSET)

        environment_type = d.pop("environmentType", UNSET)

        login_button_icon_url = d.pop("loginButtonIconUrl", UNSET)

        login_button_text = d.pop("loginButtonText", UNSET)

        name = d.pop("name", UNSET)

        scopes = d.pop("scopes", UNSET)

        token_endpoint = d.pop("tokenEndpoint", UNSET)

        user_info_endpoint = d.pop("userInfoEndpoint", UNSET)

        update_identity_provider_request = cls(
            authorization_endpoint=authorization_endpoint,
            client_id=client_id,
            client_secret=client_secret,
            disabled=disabled,
            email_identifiers=email_identifiers,
            environment_type=environment_type,
            login_button_icon_url=login_button_icon_url,
            login_button_text=login_button_text,
            name=name,
            scopes=scopes,
            token_endpoint=token_endpoint,
            user_info_endpoint=user_info_endpoint,
        )

        update_identity_provider_request.additional_properties = d
        return update_identity_provider_request

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
