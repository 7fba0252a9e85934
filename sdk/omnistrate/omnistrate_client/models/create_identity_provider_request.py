# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "client_id",
    "client_secret",
    "identity_provider_name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "authorization_endpoint",
    "disabled",
    "email_identifiers",
    "environment_type",
    "login_button_icon_url",
    "login_button_text",
    "name",
    "scopes",
    "token_endpoint",
    "user_info_endpoint",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "clientId",
        "clientSecret",
        "identityProviderName",
        "authorizationEndpoint",
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


# `CreateIdentityProviderRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateIdentityProviderRequest` is.
class CreateIdentityProviderRequestDict(TypedDict, total=False):
    clientId: Required[str]
    clientSecret: Required[str]
    identityProviderName: Required[str]
    authorizationEndpoint: str
    disabled: bool
    emailIdentifiers: str
    environmentType: str
    loginButtonIconUrl: str
    loginButtonText: str
    name: str
    scopes: str
    tokenEndpoint: str
    userInfoEndpoint: str


@_attrs_define(init=False, repr=False)
class CreateIdentityProviderRequest:
    """Request body of CreateIdentityProvider

    Attributes:
            client_id (str): The Client ID of the Identity Provider
            client_secret (str): The Client Secret of the Identity Provider
            identity_provider_name (str): The type of the Identity Provider
            authorization_endpoint (str | None): The authorization endpoint of the Identity Provider
            disabled (bool | None): Whether the Identity Provider is disabled
            email_identifiers (str | None): The email identifiers to use for the Identity Provider
            environment_type (str | None): The type of environment to filter costs by
            login_button_icon_url (str | None): The URL of the icon to use for the login button
            login_button_text (str | None): The text to use for the login button
            name (str | None): The name of the Identity Provider
            scopes (str | None): The scopes to request from the Identity Provider
            token_endpoint (str | None): The token endpoint of the Identity Provider
            user_info_endpoint (str | None): The user info endpoint of the Identity Provider
    """

    client_id: str
    client_secret: str
    identity_provider_name: str
    authorization_endpoint: str | None = None
    disabled: bool | None = None
    email_identifiers: str | None = None
    environment_type: str | None = None
    login_button_icon_url: str | None = None
    login_button_text: str | None = None
    name: str | None = None
    scopes: str | None = None
    token_endpoint: str | None = None
    user_info_endpoint: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        identity_provider_name: str,
        authorization_endpoint: str | None | Unset = UNSET,
        disabled: bool | None | Unset = UNSET,
        email_identifiers: str | None | Unset = UNSET,
        environment_type: str | None | Unset = UNSET,
        login_button_icon_url: str | None | Unset = UNSET,
        login_button_text: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        scopes: str | None | Unset = UNSET,
        token_endpoint: str | None | Unset = UNSET,
        user_info_endpoint: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.client_id = client_id
        self.client_secret = client_secret
        self.identity_provider_name = identity_provider_name
        self.authorization_endpoint = (
            None
            if authorization_endpoint is None or isinstance(authorization_endpoint, Unset)
            else authorization_endpoint
        )
        if authorization_endpoint is None:
            _nulls_given.append("authorization_endpoint")
        self.disabled = None if disabled is None or isinstance(disabled, Unset) else disabled
        if disabled is None:
            _nulls_given.append("disabled")
        self.email_identifiers = (
            None if email_identifiers is None or isinstance(email_identifiers, Unset) else email_identifiers
        )
        if email_identifiers is None:
            _nulls_given.append("email_identifiers")
        self.environment_type = (
            None if environment_type is None or isinstance(environment_type, Unset) else environment_type
        )
        if environment_type is None:
            _nulls_given.append("environment_type")
        self.login_button_icon_url = (
            None if login_button_icon_url is None or isinstance(login_button_icon_url, Unset) else login_button_icon_url
        )
        if login_button_icon_url is None:
            _nulls_given.append("login_button_icon_url")
        self.login_button_text = (
            None if login_button_text is None or isinstance(login_button_text, Unset) else login_button_text
        )
        if login_button_text is None:
            _nulls_given.append("login_button_text")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.scopes = None if scopes is None or isinstance(scopes, Unset) else scopes
        if scopes is None:
            _nulls_given.append("scopes")
        self.token_endpoint = None if token_endpoint is None or isinstance(token_endpoint, Unset) else token_endpoint
        if token_endpoint is None:
            _nulls_given.append("token_endpoint")
        self.user_info_endpoint = (
            None if user_info_endpoint is None or isinstance(user_info_endpoint, Unset) else user_info_endpoint
        )
        if user_info_endpoint is None:
            _nulls_given.append("user_info_endpoint")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["clientId"] = self.client_id
        field_dict["clientSecret"] = self.client_secret
        field_dict["identityProviderName"] = self.identity_provider_name
        if self.authorization_endpoint is not None:
            field_dict["authorizationEndpoint"] = self.authorization_endpoint
        elif "authorization_endpoint" in self._nulls:
            field_dict["authorizationEndpoint"] = None
        if self.disabled is not None:
            field_dict["disabled"] = self.disabled
        elif "disabled" in self._nulls:
            field_dict["disabled"] = None
        if self.email_identifiers is not None:
            field_dict["emailIdentifiers"] = self.email_identifiers
        elif "email_identifiers" in self._nulls:
            field_dict["emailIdentifiers"] = None
        if self.environment_type is not None:
            field_dict["environmentType"] = self.environment_type
        elif "environment_type" in self._nulls:
            field_dict["environmentType"] = None
        if self.login_button_icon_url is not None:
            field_dict["loginButtonIconUrl"] = self.login_button_icon_url
        elif "login_button_icon_url" in self._nulls:
            field_dict["loginButtonIconUrl"] = None
        if self.login_button_text is not None:
            field_dict["loginButtonText"] = self.login_button_text
        elif "login_button_text" in self._nulls:
            field_dict["loginButtonText"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.scopes is not None:
            field_dict["scopes"] = self.scopes
        elif "scopes" in self._nulls:
            field_dict["scopes"] = None
        if self.token_endpoint is not None:
            field_dict["tokenEndpoint"] = self.token_endpoint
        elif "token_endpoint" in self._nulls:
            field_dict["tokenEndpoint"] = None
        if self.user_info_endpoint is not None:
            field_dict["userInfoEndpoint"] = self.user_info_endpoint
        elif "user_info_endpoint" in self._nulls:
            field_dict["userInfoEndpoint"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateIdentityProviderRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateIdentityProviderRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "clientId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.client_id = _v

            _f = "clientSecret"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.client_secret = _v

            _f = "identityProviderName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.identity_provider_name = _v

            _f = "authorizationEndpoint"
            _v = _get(_f, None)
            if _v is None:
                _obj.authorization_endpoint = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.authorization_endpoint = _v

            _f = "disabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.disabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disabled = _v

            _f = "emailIdentifiers"
            _v = _get(_f, None)
            if _v is None:
                _obj.email_identifiers = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.email_identifiers = _v

            _f = "environmentType"
            _v = _get(_f, None)
            if _v is None:
                _obj.environment_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.environment_type = _v

            _f = "loginButtonIconUrl"
            _v = _get(_f, None)
            if _v is None:
                _obj.login_button_icon_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.login_button_icon_url = _v

            _f = "loginButtonText"
            _v = _get(_f, None)
            if _v is None:
                _obj.login_button_text = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.login_button_text = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "scopes"
            _v = _get(_f, None)
            if _v is None:
                _obj.scopes = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.scopes = _v

            _f = "tokenEndpoint"
            _v = _get(_f, None)
            if _v is None:
                _obj.token_endpoint = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.token_endpoint = _v

            _f = "userInfoEndpoint"
            _v = _get(_f, None)
            if _v is None:
                _obj.user_info_endpoint = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.user_info_endpoint = _v

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 3
        _f = ""
        try:
            _f = "clientId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.client_id = _v

            _f = "clientSecret"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.client_secret = _v

            _f = "identityProviderName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.identity_provider_name = _v

            _f = "authorizationEndpoint"
            _v = src.get(_f)
            if _v is None:
                _obj.authorization_endpoint = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.authorization_endpoint = _v

            _f = "disabled"
            _v = src.get(_f)
            if _v is None:
                _obj.disabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disabled = _v

            _f = "emailIdentifiers"
            _v = src.get(_f)
            if _v is None:
                _obj.email_identifiers = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.email_identifiers = _v

            _f = "environmentType"
            _v = src.get(_f)
            if _v is None:
                _obj.environment_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.environment_type = _v

            _f = "loginButtonIconUrl"
            _v = src.get(_f)
            if _v is None:
                _obj.login_button_icon_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.login_button_icon_url = _v

            _f = "loginButtonText"
            _v = src.get(_f)
            if _v is None:
                _obj.login_button_text = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.login_button_text = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "scopes"
            _v = src.get(_f)
            if _v is None:
                _obj.scopes = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.scopes = _v

            _f = "tokenEndpoint"
            _v = src.get(_f)
            if _v is None:
                _obj.token_endpoint = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.token_endpoint = _v

            _f = "userInfoEndpoint"
            _v = src.get(_f)
            if _v is None:
                _obj.user_info_endpoint = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.user_info_endpoint = _v

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
        _obj._nulls = _m.NO_NULLS
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
