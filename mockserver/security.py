"""The security stage: find the credentials an operation asks for and check them."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .compiled import BASIC_USERS
from .compiler import Operation, SecurityScheme
from .errors import MockError
from .request import Request

__all__ = ["DEFAULT_TOKEN", "Authenticator", "Identity", "TokenAuthenticator", "authenticate"]

# Accepted by every mock unless `--token` replaces it; printed at start-up for integrators.
DEFAULT_TOKEN = "mock-token"


@dataclass(frozen=True)
class Identity:
    """Who a request acts as."""

    subject: str
    claims: Mapping[str, Any] = field(default_factory=dict)
    credential: str = field(default="", repr=False)


class Authenticator(Protocol):
    def authenticate(self, scheme: SecurityScheme, credential: str) -> Identity | None:
        """The identity behind `credential`, or None when the mock does not accept it."""


class TokenAuthenticator:
    """Bearer and API-key credentials must be one of the known tokens; basic credentials any user
    (of the form the scheme's `x-mock: {user}` names, if it names one)."""

    def __init__(self, tokens: Iterable[str] = (DEFAULT_TOKEN,)) -> None:
        self.tokens = set(tokens)
        self._identities: dict[str, Identity] = {}  # per accepted token: bounded by `tokens`

    def issue(self, token: str) -> None:
        """Accept `token` from now on (tokens the mock hands out through sign-in endpoints)."""
        self.tokens.add(token)

    def authenticate(self, scheme: SecurityScheme, credential: str) -> Identity | None:
        if scheme.kind == "http" and scheme.scheme == "basic":
            user, _, _ = credential.partition(":")
            pattern = BASIC_USERS.get(scheme.user)
            if not user or (pattern is not None and not pattern.fullmatch(user)):
                return None
            return Identity(subject=user, credential=credential)
        if credential in self.tokens:
            identity = self._identities.get(credential)
            if identity is None:
                identity = self._identities[credential] = Identity(subject="mock-user", credential=credential)
            return identity
        return None


def _credential(scheme: SecurityScheme, request: Request) -> str | None:
    if scheme.kind == "apiKey":
        if scheme.location == "query":
            values = request.query.get(scheme.key)
            return values[-1] if values else None
        if scheme.location == "cookie":
            for part in request.headers.get("cookie", "").split(";"):
                key, _, value = part.strip().partition("=")
                if key == scheme.key:
                    return value
            return None
        return request.headers.get(scheme.key) or None
    header = request.headers.get("authorization", "")
    kind, _, value = header.partition(" ")
    value = value.strip()
    if scheme.kind == "http" and scheme.scheme == "basic":
        if kind.lower() != "basic" or not value:
            return None
        try:
            return base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
    if kind.lower() != "bearer" or not value:
        return None
    return value


def authenticate(operation: Operation, request: Request, authenticator: Authenticator) -> Identity | None:
    """Return the caller's identity, or raise 401 (403 where the spec documents only that)."""
    if not operation.security:
        return None
    for alternative in operation.security:
        if len(alternative) == 1:  # one scheme: the usual case, without collecting identities
            scheme = alternative[0]
            credential = _credential(scheme, request)
            identity = authenticator.authenticate(scheme, credential) if credential is not None else None
            if identity is not None:
                return identity
            continue
        identities = []
        for scheme in alternative:
            credential = _credential(scheme, request)
            identity = authenticator.authenticate(scheme, credential) if credential is not None else None
            if identity is None:
                break
            identities.append(identity)
        else:
            return identities[0]
    challenges = ", ".join(dict.fromkeys(s.challenge for alt in operation.security for s in alt))
    status = 403 if "403" in operation.responses and "401" not in operation.responses else 401
    missing = all(_credential(s, request) is None for alt in operation.security for s in alt)
    detail = "credentials are missing" if missing else "the credentials are not valid here"
    raise MockError(
        status, f"Invalid security scheme used: {detail}", "UNAUTHORIZED", {"www-authenticate": challenges}
    )
