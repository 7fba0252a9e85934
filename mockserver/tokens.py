"""Unsigned JWTs as the Data HUB mock reads them (see SEMANTICS.md, "Identity in our mock")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import jwt

__all__ = ["AUDIENCE", "REALM_ADMIN_ROLE", "InvalidTokenError", "make_token", "read_token"]

AUDIENCE = "data-hub"
REALM_ADMIN_ROLE = "manage-realm"


class InvalidTokenError(ValueError):
    """A token that is not a well-formed Data HUB token."""


def make_token(
    sub: str,
    groups: Iterable[str] = (),
    *,
    realm_admin: bool = False,
    audience: Iterable[str] = (AUDIENCE,),
) -> str:
    """An unsigned JWT (`alg: none`) with `sub`, `aud`, `groups` (`"{tenant}:{group}"`) and, for realm
    administrators, the `manage-realm` role of the realm-management client."""
    claims: dict[str, Any] = {"sub": sub, "aud": list(audience), "groups": list(groups)}
    if realm_admin:
        claims["resource_access"] = {"realm-management": {"roles": [REALM_ADMIN_ROLE]}}
    return jwt.encode(claims, key=None, algorithm="none")


def read_token(token: str) -> dict[str, Any]:
    """The claims of a well-formed token whose `aud` contains `data-hub`; raises `InvalidTokenError`."""
    try:
        claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(f"not a JWT: {exc}") from None
    audience = claims.get("aud")
    audiences = [audience] if isinstance(audience, str) else audience if isinstance(audience, list) else []
    if AUDIENCE not in audiences:
        raise InvalidTokenError(f"the token's aud must contain {AUDIENCE!r}")
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise InvalidTokenError("the token has no sub")
    groups = claims.get("groups", [])
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise InvalidTokenError("groups must be a list of strings")
    return claims
