"""Who may call the Datum mock: its configured tokens, and bearer tokens its token exchange issued."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable

from ...compiler import SecurityScheme
from ...security import Identity

__all__ = ["PERSONAL_ACCESS_TOKEN_SCHEME", "DatumAuthenticator"]

# The spec's security scheme for the exchange: only personal access tokens are accepted there.
PERSONAL_ACCESS_TOKEN_SCHEME = "personalAccessToken"


class DatumAuthenticator:
    """The configured tokens work everywhere (as personal access tokens and as bearer tokens); tokens
    from the exchange work as bearer tokens until they expire."""

    def __init__(
        self, tokens: Iterable[str], lifetime: float = 3600.0, clock: Callable[[], float] = time.time
    ) -> None:
        self.tokens = frozenset(tokens)
        self.lifetime = lifetime
        self.clock = clock
        self._issued: dict[str, float] = {}  # token -> expiry
        self._lock = threading.Lock()

    def issue(self) -> tuple[str, int]:
        """A new bearer token and its lifetime in seconds."""
        token = f"datum_at_{secrets.token_hex(16)}"
        with self._lock:
            self._issued[token] = self.clock() + self.lifetime
        return token, int(self.lifetime)

    def reset(self) -> None:
        with self._lock:
            self._issued.clear()

    def authenticate(self, scheme: SecurityScheme, credential: str) -> Identity | None:
        if credential in self.tokens:
            return Identity(subject="mock-user", credential=credential)
        if scheme.name == PERSONAL_ACCESS_TOKEN_SCHEME:
            return None
        with self._lock:
            expiry = self._issued.get(credential)
        if expiry is None or expiry <= self.clock():
            return None
        return Identity(subject="mock-user", credential=credential)
