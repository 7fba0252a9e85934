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
    "identity_provider_name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "authorization_code",
    "company_description",
    "company_url",
    "device_code",
    "invited_email",
    "legal_company_name",
    "redirect_uri",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
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


# `LoginWithIdentityProviderRequest` as a plain mapping of its JSON shape, accepted wherever a `LoginWithIdentityProviderRequest` is.
class LoginWithIdentityProviderRequestDict(TypedDict, total=False):
    identityProviderName: Required[str]
    authorizationCode: str
    companyDescription: str
    companyUrl: str
    deviceCode: str
    invitedEmail: str
    legalCompanyName: str
    redirectUri: str


@_attrs_define(init=False, repr=False)
class LoginWithIdentityProviderRequest:
    """Request body of LoginWithIdentityProvider

    Attributes:
            identity_provider_name (str): The name of the identity provider
            authorization_code (str | None): The authorization code from the Identity Provider
            company_description (str | None):
            company_url (str | None):
            device_code (str | None): The device code from the Identity Provider
            invited_email (str | None): Email address that the user was invited with
            legal_company_name (str | None):
            redirect_uri (str | None): The redirect URI used to get the authorization code
    """

    identity_provider_name: str
    authorization_code: str | None = None
    company_description: str | None = None
    company_url: str | None = None
    device_code: str | None = None
    invited_email: str | None = None
    legal_company_name: str | None = None
    redirect_uri: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        identity_provider_name: str,
        authorization_code: str | None | Unset = UNSET,
        company_description: str | None | Unset = UNSET,
        company_url: str | None | Unset = UNSET,
        device_code: str | None | Unset = UNSET,
        invited_email: str | None | Unset = UNSET,
        legal_company_name: str | None | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.identity_provider_name = identity_provider_name
        self.authorization_code = (
            None if authorization_code is None or isinstance(authorization_code, Unset) else authorization_code
        )
        if authorization_code is None:
            _nulls_given.append("authorization_code")
        self.company_description = (
            None if company_description is None or isinstance(company_description, Unset) else company_description
        )
        if company_description is None:
            _nulls_given.append("company_description")
        self.company_url = None if company_url is None or isinstance(company_url, Unset) else company_url
        if company_url is None:
            _nulls_given.append("company_url")
        self.device_code = None if device_code is None or isinstance(device_code, Unset) else device_code
        if device_code is None:
            _nulls_given.append("device_code")
        self.invited_email = None if invited_email is None or isinstance(invited_email, Unset) else invited_email
        if invited_email is None:
            _nulls_given.append("invited_email")
        self.legal_company_name = (
            None if legal_company_name is None or isinstance(legal_company_name, Unset) else legal_company_name
        )
        if legal_company_name is None:
            _nulls_given.append("legal_company_name")
        self.redirect_uri = None if redirect_uri is None or isinstance(redirect_uri, Unset) else redirect_uri
        if redirect_uri is None:
            _nulls_given.append("redirect_uri")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["identityProviderName"] = self.identity_provider_name
        if self.authorization_code is not None:
            field_dict["authorizationCode"] = self.authorization_code
        elif "authorization_code" in self._nulls:
            field_dict["authorizationCode"] = None
        if self.company_description is not None:
            field_dict["companyDescription"] = self.company_description
        elif "company_description" in self._nulls:
            field_dict["companyDescription"] = None
        if self.company_url is not None:
            field_dict["companyUrl"] = self.company_url
        elif "company_url" in self._nulls:
            field_dict["companyUrl"] = None
        if self.device_code is not None:
            field_dict["deviceCode"] = self.device_code
        elif "device_code" in self._nulls:
            field_dict["deviceCode"] = None
        if self.invited_email is not None:
            field_dict["invitedEmail"] = self.invited_email
        elif "invited_email" in self._nulls:
            field_dict["invitedEmail"] = None
        if self.legal_company_name is not None:
            field_dict["legalCompanyName"] = self.legal_company_name
        elif "legal_company_name" in self._nulls:
            field_dict["legalCompanyName"] = None
        if self.redirect_uri is not None:
            field_dict["redirectUri"] = self.redirect_uri
        elif "redirect_uri" in self._nulls:
            field_dict["redirectUri"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "LoginWithIdentityProviderRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "LoginWithIdentityProviderRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "identityProviderName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.identity_provider_name = _v

            _f = "authorizationCode"
            _v = _get(_f, None)
            if _v is None:
                _obj.authorization_code = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.authorization_code = _v

            _f = "companyDescription"
            _v = _get(_f, None)
            if _v is None:
                _obj.company_description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.company_description = _v

            _f = "companyUrl"
            _v = _get(_f, None)
            if _v is None:
                _obj.company_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.company_url = _v

            _f = "deviceCode"
            _v = _get(_f, None)
            if _v is None:
                _obj.device_code = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.device_code = _v

            _f = "invitedEmail"
            _v = _get(_f, None)
            if _v is None:
                _obj.invited_email = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invited_email = _v

            _f = "legalCompanyName"
            _v = _get(_f, None)
            if _v is None:
                _obj.legal_company_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.legal_company_name = _v

            _f = "redirectUri"
            _v = _get(_f, None)
            if _v is None:
                _obj.redirect_uri = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.redirect_uri = _v

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
        _n = 1
        _f = ""
        try:
            _f = "identityProviderName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.identity_provider_name = _v

            _f = "authorizationCode"
            _v = src.get(_f)
            if _v is None:
                _obj.authorization_code = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.authorization_code = _v

            _f = "companyDescription"
            _v = src.get(_f)
            if _v is None:
                _obj.company_description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.company_description = _v

            _f = "companyUrl"
            _v = src.get(_f)
            if _v is None:
                _obj.company_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.company_url = _v

            _f = "deviceCode"
            _v = src.get(_f)
            if _v is None:
                _obj.device_code = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.device_code = _v

            _f = "invitedEmail"
            _v = src.get(_f)
            if _v is None:
                _obj.invited_email = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.invited_email = _v

            _f = "legalCompanyName"
            _v = src.get(_f)
            if _v is None:
                _obj.legal_company_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.legal_company_name = _v

            _f = "redirectUri"
            _v = src.get(_f)
            if _v is None:
                _obj.redirect_uri = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.redirect_uri = _v

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
