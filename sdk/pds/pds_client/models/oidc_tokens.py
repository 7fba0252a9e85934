from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_claims import TokenClaims

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, TokenClaims
    from ..models.token_claims import TokenClaims  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OidcTokens")


@_attrs_define
class OidcTokens:
    """
    Attributes:
        claims (TokenClaims | Unset):
        expires_in (str | Unset):
        id_token (str | Unset):
        refresh_token (str | Unset):
    """

    claims: TokenClaims | Unset = UNSET
    expires_in: str | Unset = UNSET
    id_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        claims: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claims, Unset):
            claims = self.claims.to_dict()

        expires_in = self.expires_in

        id_token = self.id_token

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if claims is not UNSET:
            field_dict["claims"] = claims
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if id_token is not UNSET:
            field_dict["idToken"] = id_token
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _claims = d.pop("claims", UNSET)
        claims: TokenClaims | Unset
        if isinstance(_claims, Unset):
            claims = UNSET
        else:
            claims = TokenClaims.from_dict(_claims)

        expires_in = d.pop("expiresIn", UNSET)

        id_token = d.pop("idToken", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        oidc_tokens = cls(
            claims=claims,
            expires_in=expires_in,
            id_token=id_token,
            refresh_token=refresh_token,
        )

        oidc_tokens.additional_properties = d
        return oidc_tokens

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
