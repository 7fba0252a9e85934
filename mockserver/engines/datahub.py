"""Data HUB: identity from unsigned JWTs (the permission engine builds on this)."""

from __future__ import annotations

from collections.abc import Iterable

from ..compiler import SecurityScheme
from ..security import Identity
from ..tokens import REALM_ADMIN_ROLE, InvalidTokenError, read_token

__all__ = ["DataHubAuthenticator"]


class DataHubAuthenticator:
    """Accepts well-formed Data HUB tokens, and the mock's own tokens as a realm administrator."""

    def __init__(self, tokens: Iterable[str]) -> None:
        self.tokens = set(tokens)

    def authenticate(self, scheme: SecurityScheme, credential: str) -> Identity | None:
        if credential in self.tokens:
            admin = {"resource_access": {"realm-management": {"roles": [REALM_ADMIN_ROLE]}}}
            return Identity(
                subject="mock-admin",
                claims={"sub": "mock-admin", "groups": [], **admin},
                credential=credential,
            )
        try:
            claims = read_token(credential)
        except InvalidTokenError:
            return None
        return Identity(subject=claims["sub"], claims=claims, credential=credential)
