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
    from ..models.address import Address, AddressDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Address
    from ..models.address import Address  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "id",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "address",
    "created_at",
    "email",
    "enabled",
    "last_modified_at",
    "name",
    "org_cookie_policy",
    "org_description",
    "org_fav_icon_url",
    "org_id",
    "org_logo_url",
    "org_name",
    "org_privacy_policy",
    "org_support_email",
    "org_terms_of_use",
    "org_url",
    "plan_name",
    "role_type",
    "status",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "address",
        "createdAt",
        "email",
        "enabled",
        "lastModifiedAt",
        "name",
        "orgCookiePolicy",
        "orgDescription",
        "orgFavIconURL",
        "orgId",
        "orgLogoURL",
        "orgName",
        "orgPrivacyPolicy",
        "orgSupportEmail",
        "orgTermsOfUse",
        "orgURL",
        "planName",
        "roleType",
        "status",
    }
)


# `User` as a plain mapping of its JSON shape, accepted wherever a `User` is.
class UserDict(TypedDict, total=False):
    id: Required[str]
    address: AddressDict
    createdAt: str
    email: str
    enabled: bool
    lastModifiedAt: str
    name: str
    orgCookiePolicy: str
    orgDescription: str
    orgFavIconURL: str
    orgId: str
    orgLogoURL: str
    orgName: str
    orgPrivacyPolicy: str
    orgSupportEmail: str
    orgTermsOfUse: str
    orgURL: str
    planName: str
    roleType: str
    status: str


@_attrs_define(init=False, repr=False)
class User:
    """Attributes:
    id (str): The User ID
    address (Address | None):
    created_at (str | None): The user creation time
    email (str | None): The email of the user
    enabled (bool | None): Is the user enabled.
    last_modified_at (str | None): The user update time
    name (str | None): The name of the user
    org_cookie_policy (str | None): The cookie policy for the org that this user owns
    org_description (str | None): The description of the org that this user owns
    org_fav_icon_url (str | None): The favicon of the org that this user owns
    org_id (str | None): The ID of the org that this user owns
    org_logo_url (str | None): The logo of the org that this user owns
    org_name (str | None): The org name that this user owns
    org_privacy_policy (str | None): The privacy policy for the org that this user owns
    org_support_email (str | None): The support email of the org that this user owns
    org_terms_of_use (str | None): The terms of use for the org that this user owns
    org_url (str | None): The url of the org that this user owns
    plan_name (str | None): This parameter is used to select the appropriate Product Plan
    role_type (str | None): Type of the role
    status (str | None): The status of the user.
    """

    id: str
    address: Address | None = None
    created_at: str | None = None
    email: str | None = None
    enabled: bool | None = None
    last_modified_at: str | None = None
    name: str | None = None
    org_cookie_policy: str | None = None
    org_description: str | None = None
    org_fav_icon_url: str | None = None
    org_id: str | None = None
    org_logo_url: str | None = None
    org_name: str | None = None
    org_privacy_policy: str | None = None
    org_support_email: str | None = None
    org_terms_of_use: str | None = None
    org_url: str | None = None
    plan_name: str | None = None
    role_type: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        id: str,
        address: Address | AddressDict | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        last_modified_at: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        org_cookie_policy: str | None | Unset = UNSET,
        org_description: str | None | Unset = UNSET,
        org_fav_icon_url: str | None | Unset = UNSET,
        org_id: str | None | Unset = UNSET,
        org_logo_url: str | None | Unset = UNSET,
        org_name: str | None | Unset = UNSET,
        org_privacy_policy: str | None | Unset = UNSET,
        org_support_email: str | None | Unset = UNSET,
        org_terms_of_use: str | None | Unset = UNSET,
        org_url: str | None | Unset = UNSET,
        plan_name: str | None | Unset = UNSET,
        role_type: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.id = id
        self.address = (
            None
            if address is None or isinstance(address, Unset)
            else address
            if isinstance(address, Address)
            else Address.from_dict(address)
        )
        if address is None:
            _nulls_given.append("address")
        self.created_at = None if created_at is None or isinstance(created_at, Unset) else created_at
        if created_at is None:
            _nulls_given.append("created_at")
        self.email = None if email is None or isinstance(email, Unset) else email
        if email is None:
            _nulls_given.append("email")
        self.enabled = None if enabled is None or isinstance(enabled, Unset) else enabled
        if enabled is None:
            _nulls_given.append("enabled")
        self.last_modified_at = (
            None if last_modified_at is None or isinstance(last_modified_at, Unset) else last_modified_at
        )
        if last_modified_at is None:
            _nulls_given.append("last_modified_at")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.org_cookie_policy = (
            None if org_cookie_policy is None or isinstance(org_cookie_policy, Unset) else org_cookie_policy
        )
        if org_cookie_policy is None:
            _nulls_given.append("org_cookie_policy")
        self.org_description = (
            None if org_description is None or isinstance(org_description, Unset) else org_description
        )
        if org_description is None:
            _nulls_given.append("org_description")
        self.org_fav_icon_url = (
            None if org_fav_icon_url is None or isinstance(org_fav_icon_url, Unset) else org_fav_icon_url
        )
        if org_fav_icon_url is None:
            _nulls_given.append("org_fav_icon_url")
        self.org_id = None if org_id is None or isinstance(org_id, Unset) else org_id
        if org_id is None:
            _nulls_given.append("org_id")
        self.org_logo_url = None if org_logo_url is None or isinstance(org_logo_url, Unset) else org_logo_url
        if org_logo_url is None:
            _nulls_given.append("org_logo_url")
        self.org_name = None if org_name is None or isinstance(org_name, Unset) else org_name
        if org_name is None:
            _nulls_given.append("org_name")
        self.org_privacy_policy = (
            None if org_privacy_policy is None or isinstance(org_privacy_policy, Unset) else org_privacy_policy
        )
        if org_privacy_policy is None:
            _nulls_given.append("org_privacy_policy")
        self.org_support_email = (
            None if org_support_email is None or isinstance(org_support_email, Unset) else org_support_email
        )
        if org_support_email is None:
            _nulls_given.append("org_support_email")
        self.org_terms_of_use = (
            None if org_terms_of_use is None or isinstance(org_terms_of_use, Unset) else org_terms_of_use
        )
        if org_terms_of_use is None:
            _nulls_given.append("org_terms_of_use")
        self.org_url = None if org_url is None or isinstance(org_url, Unset) else org_url
        if org_url is None:
            _nulls_given.append("org_url")
        self.plan_name = None if plan_name is None or isinstance(plan_name, Unset) else plan_name
        if plan_name is None:
            _nulls_given.append("plan_name")
        self.role_type = None if role_type is None or isinstance(role_type, Unset) else role_type
        if role_type is None:
            _nulls_given.append("role_type")
        self.status = None if status is None or isinstance(status, Unset) else status
        if status is None:
            _nulls_given.append("status")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.address is not None:
            field_dict["address"] = self.address.to_dict()
        elif "address" in self._nulls:
            field_dict["address"] = None
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        elif "created_at" in self._nulls:
            field_dict["createdAt"] = None
        if self.email is not None:
            field_dict["email"] = self.email
        elif "email" in self._nulls:
            field_dict["email"] = None
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.last_modified_at is not None:
            field_dict["lastModifiedAt"] = self.last_modified_at
        elif "last_modified_at" in self._nulls:
            field_dict["lastModifiedAt"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.org_cookie_policy is not None:
            field_dict["orgCookiePolicy"] = self.org_cookie_policy
        elif "org_cookie_policy" in self._nulls:
            field_dict["orgCookiePolicy"] = None
        if self.org_description is not None:
            field_dict["orgDescription"] = self.org_description
        elif "org_description" in self._nulls:
            field_dict["orgDescription"] = None
        if self.org_fav_icon_url is not None:
            field_dict["orgFavIconURL"] = self.org_fav_icon_url
        elif "org_fav_icon_url" in self._nulls:
            field_dict["orgFavIconURL"] = None
        if self.org_id is not None:
            field_dict["orgId"] = self.org_id
        elif "org_id" in self._nulls:
            field_dict["orgId"] = None
        if self.org_logo_url is not None:
            field_dict["orgLogoURL"] = self.org_logo_url
        elif "org_logo_url" in self._nulls:
            field_dict["orgLogoURL"] = None
        if self.org_name is not None:
            field_dict["orgName"] = self.org_name
        elif "org_name" in self._nulls:
            field_dict["orgName"] = None
        if self.org_privacy_policy is not None:
            field_dict["orgPrivacyPolicy"] = self.org_privacy_policy
        elif "org_privacy_policy" in self._nulls:
            field_dict["orgPrivacyPolicy"] = None
        if self.org_support_email is not None:
            field_dict["orgSupportEmail"] = self.org_support_email
        elif "org_support_email" in self._nulls:
            field_dict["orgSupportEmail"] = None
        if self.org_terms_of_use is not None:
            field_dict["orgTermsOfUse"] = self.org_terms_of_use
        elif "org_terms_of_use" in self._nulls:
            field_dict["orgTermsOfUse"] = None
        if self.org_url is not None:
            field_dict["orgURL"] = self.org_url
        elif "org_url" in self._nulls:
            field_dict["orgURL"] = None
        if self.plan_name is not None:
            field_dict["planName"] = self.plan_name
        elif "plan_name" in self._nulls:
            field_dict["planName"] = None
        if self.role_type is not None:
            field_dict["roleType"] = self.role_type
        elif "role_type" in self._nulls:
            field_dict["roleType"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "User")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "User")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "address"
            _v = _get(_f, None)
            if _v is None:
                _obj.address = None
            else:
                _obj.address = Address._parse(_v)

            _f = "createdAt"
            _v = _get(_f, None)
            if _v is None:
                _obj.created_at = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_at = _v

            _f = "email"
            _v = _get(_f, None)
            if _v is None:
                _obj.email = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.email = _v

            _f = "enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.enabled = _v

            _f = "lastModifiedAt"
            _v = _get(_f, None)
            if _v is None:
                _obj.last_modified_at = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.last_modified_at = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "orgCookiePolicy"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_cookie_policy = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_cookie_policy = _v

            _f = "orgDescription"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_description = _v

            _f = "orgFavIconURL"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_fav_icon_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_fav_icon_url = _v

            _f = "orgId"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_id = _v

            _f = "orgLogoURL"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_logo_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_logo_url = _v

            _f = "orgName"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_name = _v

            _f = "orgPrivacyPolicy"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_privacy_policy = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_privacy_policy = _v

            _f = "orgSupportEmail"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_support_email = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_support_email = _v

            _f = "orgTermsOfUse"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_terms_of_use = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_terms_of_use = _v

            _f = "orgURL"
            _v = _get(_f, None)
            if _v is None:
                _obj.org_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_url = _v

            _f = "planName"
            _v = _get(_f, None)
            if _v is None:
                _obj.plan_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.plan_name = _v

            _f = "roleType"
            _v = _get(_f, None)
            if _v is None:
                _obj.role_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.role_type = _v

            _f = "status"
            _v = _get(_f, None)
            if _v is None:
                _obj.status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

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
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 1
        _f = ""
        try:
            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "address"
            _v = src.get(_f)
            if _v is None:
                _obj.address = None
            else:
                _n += 1
                _obj.address = Address._from_json(_v)

            _f = "createdAt"
            _v = src.get(_f)
            if _v is None:
                _obj.created_at = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_at = _v

            _f = "email"
            _v = src.get(_f)
            if _v is None:
                _obj.email = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.email = _v

            _f = "enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.enabled = _v

            _f = "lastModifiedAt"
            _v = src.get(_f)
            if _v is None:
                _obj.last_modified_at = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.last_modified_at = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "orgCookiePolicy"
            _v = src.get(_f)
            if _v is None:
                _obj.org_cookie_policy = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_cookie_policy = _v

            _f = "orgDescription"
            _v = src.get(_f)
            if _v is None:
                _obj.org_description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_description = _v

            _f = "orgFavIconURL"
            _v = src.get(_f)
            if _v is None:
                _obj.org_fav_icon_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_fav_icon_url = _v

            _f = "orgId"
            _v = src.get(_f)
            if _v is None:
                _obj.org_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_id = _v

            _f = "orgLogoURL"
            _v = src.get(_f)
            if _v is None:
                _obj.org_logo_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_logo_url = _v

            _f = "orgName"
            _v = src.get(_f)
            if _v is None:
                _obj.org_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_name = _v

            _f = "orgPrivacyPolicy"
            _v = src.get(_f)
            if _v is None:
                _obj.org_privacy_policy = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_privacy_policy = _v

            _f = "orgSupportEmail"
            _v = src.get(_f)
            if _v is None:
                _obj.org_support_email = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_support_email = _v

            _f = "orgTermsOfUse"
            _v = src.get(_f)
            if _v is None:
                _obj.org_terms_of_use = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_terms_of_use = _v

            _f = "orgURL"
            _v = src.get(_f)
            if _v is None:
                _obj.org_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.org_url = _v

            _f = "planName"
            _v = src.get(_f)
            if _v is None:
                _obj.plan_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.plan_name = _v

            _f = "roleType"
            _v = src.get(_f)
            if _v is None:
                _obj.role_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.role_type = _v

            _f = "status"
            _v = src.get(_f)
            if _v is None:
                _obj.status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

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
