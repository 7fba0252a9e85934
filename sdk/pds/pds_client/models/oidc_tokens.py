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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "claims",
        "expiresIn",
        "idToken",
        "refreshToken",
    }
)


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
        _obj = cls.__new__(cls)
        _claims = src_dict.get("claims", UNSET)
        claims: TokenClaims | Unset
        if isinstance(_claims, Unset):
            claims = UNSET
        else:
            claims = TokenClaims.from_dict(_claims)

        _obj.claims = claims

        _obj.expires_in = src_dict.get("expiresIn", UNSET)

        _obj.id_token = src_dict.get("idToken", UNSET)

        _obj.refresh_token = src_dict.get("refreshToken", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _claims = _pop("claims", UNSET)
        _obj.claims = UNSET if _claims is UNSET else TokenClaims._from_json(_claims)

        _obj.expires_in = _pop("expiresIn", UNSET)

        _obj.id_token = _pop("idToken", UNSET)

        _obj.refresh_token = _pop("refreshToken", UNSET)

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
