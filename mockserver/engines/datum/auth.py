"""Who may call the Datum mock: its configured tokens, and bearer tokens its token exchange issued."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable

from ...compiler import SecurityScheme
from ...security import Identity
from ...store import MemoryStore, Record, Store

__all__ = ["PERSONAL_ACCESS_TOKEN_SCHEME", "TOKENS", "DatumAuthenticator"]

# Issued tokens, {"expires": unix time}, in a namespace of their own (`{api}.tokens`): the engine
# reloads its projects when its namespace's revision moves, and a token is no reason to.
TOKENS = "token"

# The spec's security scheme for the exchange: only personal access tokens are accepted there.
PERSONAL_ACCESS_TOKEN_SCHEME = "personalAccessToken"


class DatumAuthenticator:
    """The configured tokens work everywhere (as personal access tokens and as bearer tokens); tokens
    from the exchange work as bearer tokens until they expire. Issued tokens are kept in the mock's
    store, so they outlive a restart with `--state`."""

    def __init__(
        self,
        tokens: Iterable[str],
        lifetime: float = 3600.0,
        clock: Callable[[], float] = time.time,
        *,
        state: Store | None = None,
        namespace: str = "datum.tokens",
    ) -> None:
        self.tokens = frozenset(tokens)
        self.lifetime = lifetime
        self.clock = clock
        self.state = state if state is not None else MemoryStore()
        self.namespace = namespace
        self._issued: dict[str, float] = {}  # token -> expiry, those seen so far
        self._lock = threading.Lock()

    def issue(self) -> tuple[str, int]:
        """A new bearer token and its lifetime in seconds."""
        token = f"datum_at_{secrets.token_hex(16)}"
        expires = self.clock() + self.lifetime
        self.state.put(self.namespace, TOKENS, Record(token, "", {"expires": expires}))
        with self._lock:
            self._issued[token] = expires
        return token, int(self.lifetime)

    def reset(self) -> None:
        self.state.clear(self.namespace)
        with self._lock:
            self._issued.clear()

    def authenticate(self, scheme: SecurityScheme, credential: str) -> Identity | None:
        if credential in self.tokens:
            return Identity(subject="mock-user", credential=credential)
        if scheme.name == PERSONAL_ACCESS_TOKEN_SCHEME:
            return None
        with self._lock:
            expiry = self._issued.get(credential)
        if expiry is None and credential.startswith("datum_at_"):
            stored = self.state.get(self.namespace, TOKENS, credential)  # issued before a restart
            if stored is not None:
                expiry = float(stored.body["expires"])
                with self._lock:
                    self._issued[credential] = expiry
        if expiry is None or expiry <= self.clock():
            return None
        return Identity(subject="mock-user", credential=credential)
