"""Who calls: identities read from unsigned JWTs, and the users the mock has learned from them.

Our design, not the real service's (it asks Keycloak): `sub` is the user id, `groups` holds
memberships as `"{tenant}:{group}"`, and the `manage-realm` role of the realm-management client makes
a realm administrator. A user is known once any request carried a token with its `sub`; its
memberships are those of its latest token.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ...compiler import SecurityScheme
from ...security import Identity
from ...tokens import REALM_ADMIN_ROLE, InvalidTokenError, read_token

__all__ = [
    "MOCK_ADMIN",
    "Caller",
    "DataHubAuthenticator",
    "Membership",
    "UserDirectory",
    "bearer_token",
    "caller_from_claims",
]

MOCK_ADMIN = "mock-admin"  # the user the mock's own tokens act as
_REALM_ADMIN_CLAIMS: dict[str, Any] = {"resource_access": {"realm-management": {"roles": [REALM_ADMIN_ROLE]}}}

Membership = tuple[str, str]  # (tenant, group)


@dataclass(frozen=True)
class Caller:
    user_id: str
    memberships: frozenset[Membership]
    realm_admin: bool

    @property
    def tenants(self) -> frozenset[str]:
        """A member of any group of a tenant is a member of that tenant."""
        return frozenset(tenant for tenant, _ in self.memberships)


def _memberships(groups: Iterable[str]) -> frozenset[Membership]:
    # Entries that are not "{tenant}:{group}" name no Data HUB group: they grant nothing.
    found = set()
    for flat in groups:
        tenant, separator, group = flat.partition(":")
        if separator and tenant and group:
            found.add((tenant, group))
    return frozenset(found)


def _is_realm_admin(claims: Mapping[str, Any]) -> bool:
    access = claims.get("resource_access")
    client = access.get("realm-management") if isinstance(access, dict) else None
    roles = client.get("roles") if isinstance(client, dict) else None
    return isinstance(roles, list) and REALM_ADMIN_ROLE in roles


def caller_from_claims(claims: Mapping[str, Any]) -> Caller:
    return Caller(
        user_id=str(claims["sub"]),
        memberships=_memberships(claims.get("groups", [])),
        realm_admin=_is_realm_admin(claims),
    )


class UserDirectory:
    """Users seen in tokens, with the memberships of their latest token; `save` stores a user whose
    memberships changed (the tree keeps them in the mock's store)."""

    def __init__(self, save: Callable[[Caller], None] = lambda caller: None) -> None:
        self._memberships: dict[str, frozenset[Membership]] = {}
        self._save = save

    def record(self, caller: Caller) -> None:
        if self._memberships.get(caller.user_id) != caller.memberships:
            self._save(caller)
            self._memberships[caller.user_id] = caller.memberships

    def load(self, memberships: Mapping[str, frozenset[Membership]]) -> None:
        self._memberships = dict(memberships)

    def memberships_of(self, user_id: str) -> frozenset[Membership] | None:
        """None when no token with this `sub` was ever presented."""
        return self._memberships.get(user_id)


class DataHubAuthenticator:
    """Accepts well-formed Data HUB tokens (and records their users), and the mock's own tokens as a
    realm administrator."""

    def __init__(self, tokens: Iterable[str], users: UserDirectory, sync: Callable[[], None]) -> None:
        self.tokens = frozenset(tokens)
        self.users = users
        self.sync = sync  # brings the engine's copy of the state up to date: every request starts here

    def identify(self, credential: str) -> Identity | None:
        self.sync()
        if credential in self.tokens:
            claims = {"sub": MOCK_ADMIN, "groups": [], **_REALM_ADMIN_CLAIMS}
            return Identity(subject=MOCK_ADMIN, claims=claims, credential=credential)
        try:
            claims = read_token(credential)
        except InvalidTokenError:
            return None
        self.users.record(caller_from_claims(claims))
        return Identity(subject=claims["sub"], claims=claims, credential=credential)

    def authenticate(self, scheme: SecurityScheme, credential: str) -> Identity | None:
        return self.identify(credential)


def bearer_token(headers: Mapping[str, str]) -> str | None:
    """The token of an `Authorization: Bearer` header (for requests no spec operation matches)."""
    kind, _, value = headers.get("authorization", "").partition(" ")
    value = value.strip()
    return value if kind.lower() == "bearer" and value else None
