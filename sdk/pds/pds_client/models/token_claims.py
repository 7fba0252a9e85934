from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenClaims")


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
        d = dict(src_dict)
        aud = d.pop("aud", UNSET)

        email = d.pop("email", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        iss = d.pop("iss", UNSET)

        name = d.pop("name", UNSET)

        roles = cast(list[str], d.pop("roles", UNSET))

        sub = d.pop("sub", UNSET)

        token_claims = cls(
            aud=aud,
            email=email,
            groups=groups,
            iss=iss,
            name=name,
            roles=roles,
            sub=sub,
        )

        token_claims.additional_properties = d
        return token_claims

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
