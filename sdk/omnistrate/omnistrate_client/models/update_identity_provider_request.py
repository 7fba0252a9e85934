from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateIdentityProviderRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "authorizationEndpoint",
        "clientId",
        "clientSecret",
        "disabled",
        "emailIdentifiers",
        "environmentType",
        "loginButtonIconUrl",
        "loginButtonText",
        "name",
        "scopes",
        "tokenEndpoint",
        "userInfoEndpoint",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.authorization_endpoint = src_dict.get("authorizationEndpoint", UNSET)

        _obj.client_id = src_dict.get("clientId", UNSET)

        _obj.client_secret = src_dict.get("clientSecret", UNSET)

        _obj.disabled = src_dict.get("disabled", UNSET)

        _obj.email_identifiers = src_dict.get("emailIdentifiers", UNSET)

        _obj.environment_type = src_dict.get("environmentType", UNSET)

        _obj.login_button_icon_url = src_dict.get("loginButtonIconUrl", UNSET)

        _obj.login_button_text = src_dict.get("loginButtonText", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.scopes = src_dict.get("scopes", UNSET)

        _obj.token_endpoint = src_dict.get("tokenEndpoint", UNSET)

        _obj.user_info_endpoint = src_dict.get("userInfoEndpoint", UNSET)

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
        _obj.authorization_endpoint = _pop("authorizationEndpoint", UNSET)

        _obj.client_id = _pop("clientId", UNSET)

        _obj.client_secret = _pop("clientSecret", UNSET)

        _obj.disabled = _pop("disabled", UNSET)

        _obj.email_identifiers = _pop("emailIdentifiers", UNSET)

        _obj.environment_type = _pop("environmentType", UNSET)

        _obj.login_button_icon_url = _pop("loginButtonIconUrl", UNSET)

        _obj.login_button_text = _pop("loginButtonText", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.scopes = _pop("scopes", UNSET)

        _obj.token_endpoint = _pop("tokenEndpoint", UNSET)

        _obj.user_info_endpoint = _pop("userInfoEndpoint", UNSET)

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
