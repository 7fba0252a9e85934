from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenClaims")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "aud",
        "email",
        "groups",
        "iss",
        "name",
        "roles",
        "sub",
    }
)


@_attrs_define
class TokenClaims:
    """
    Attributes:
        aud (str | Unset): Audience is the intended recipient of the token.
        email (str | Unset): Email of this account.
        groups (list[str] | Unset): (optional) Groups in which this account is part of.
        iss (str | Unset): Issuer is the token issuer. For self-signed token do not prefix with `https://`.
        name (str | Unset): Name of this account.
        roles (list[str] | Unset): Roles of this account.
        sub (str | Unset): Subject identifier. Unique ID of this account.
    """

    aud: str | Unset = UNSET
    email: str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    iss: str | Unset = UNSET
    name: str | Unset = UNSET
    roles: list[str] | Unset = UNSET
    sub: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aud = self.aud

        email = self.email

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        iss = self.iss

        name = self.name

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        sub = self.sub

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aud is not UNSET:
            field_dict["aud"] = aud
        if email is not UNSET:
            field_dict["email"] = email
        if groups is not UNSET:
            field_dict["groups"] = groups
        if iss is not UNSET:
            field_dict["iss"] = iss
        if name is not UNSET:
            field_dict["name"] = name
        if roles is not UNSET:
            field_dict["roles"] = roles
        if sub is not UNSET:
            field_dict["sub"] = sub

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.aud = src_dict.get("aud", UNSET)

        _obj.email = src_dict.get("email", UNSET)

        groups = cast(list[str], src_dict.get("groups", UNSET))

        _obj.groups = groups

        _obj.iss = src_dict.get("iss", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        roles = cast(list[str], src_dict.get("roles", UNSET))

        _obj.roles = roles

        _obj.sub = src_dict.get("sub", UNSET)

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
        _obj.aud = _pop("aud", UNSET)

        _obj.email = _pop("email", UNSET)

        groups = cast(list[str], _pop("groups", UNSET))

        _obj.groups = groups

        _obj.iss = _pop("iss", UNSET)

        _obj.name = _pop("name", UNSET)

        roles = cast(list[str], _pop("roles", UNSET))

        _obj.roles = roles

        _obj.sub = _pop("sub", UNSET)

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
