"""The control API's guard: who may use `/__mock/` and from which pages.

Every control endpoint but `health` needs a credential: an admin token (`--admin-token`, by default
the development token) as a bearer token, or the inspector page's session cookie, which `POST
/__mock/login` sets for a valid token. The cookie holds no token: it is an expiry and a nonce signed
with a key derived from an admin token, so every worker and replica started with the same tokens
accepts it, and changing the tokens logs every page out.

The API's permissive CORS stops at `/__mock/`: control answers carry no `Access-Control-Allow-*`,
preflights are refused, and a state-changing request (anything but GET and HEAD) whose `Origin` is
not the mock's own is refused with 403 before its credential is even looked at, so a page elsewhere
can neither read nor change anything, whatever the developer's browser holds.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from .errors import MockError

__all__ = ["SESSION_COOKIE", "ControlGuard"]

SESSION_COOKIE = "mockserver_session"
SESSION_SECONDS = 12 * 3600
_SAFE_METHODS = frozenset({"GET", "HEAD"})
_CHALLENGE = {"www-authenticate": 'Bearer realm="mockserver control API"'}


def _key(token: str) -> bytes:
    return hashlib.sha256(b"mockserver session key\0" + token.encode()).digest()


class ControlGuard:
    """Checks control requests: same origin for writes, then an admin token or a session cookie."""

    def __init__(self, tokens: Iterable[str]) -> None:
        self._tokens = tuple(t.encode() for t in tokens)
        self._keys = tuple(_key(t.decode()) for t in self._tokens)

    def check_origin(self, method: str, headers: Mapping[str, str]) -> None:
        """Raise 403 for a state-changing request sent by a page of another origin."""
        if method in _SAFE_METHODS:
            return
        origin = headers.get("origin")
        if origin is None:  # not a browser's cross-origin request (curl, SDKs, tests)
            return
        hosts = {headers.get("host", "").lower()}
        forwarded = headers.get("x-forwarded-host")
        if forwarded:
            hosts.add(forwarded.split(",")[0].strip().lower())
        netloc = urlsplit(origin).netloc.lower() if origin != "null" else ""
        if not netloc or netloc not in hosts:
            raise MockError(
                403, f"control requests from another origin ({origin}) are refused", "FORBIDDEN_ORIGIN"
            )

    def token_valid(self, token: str) -> bool:
        given = token.encode()
        # Every token is compared, in constant time each, so the timing says nothing about which.
        matches = [hmac.compare_digest(given, known) for known in self._tokens]
        return any(matches)

    def authenticated(self, headers: Mapping[str, str]) -> bool:
        """Whether the request carries an admin bearer token or a valid session cookie."""
        kind, _, value = headers.get("authorization", "").partition(" ")
        if kind.lower() == "bearer" and value.strip():
            return self.token_valid(value.strip())
        cookie = _cookie(headers.get("cookie", ""), SESSION_COOKIE)
        return cookie is not None and self._session_valid(cookie)

    def require(self, headers: Mapping[str, str]) -> None:
        if not self.authenticated(headers):
            raise MockError(
                401,
                "the control API needs an admin token (Authorization: Bearer ...) or the page's session",
                "UNAUTHORIZED",
                dict(_CHALLENGE),
            )

    def session_cookie(self, token: str) -> str:
        """The `Set-Cookie` value of a new session for `token`, a valid admin token."""
        expiry = int(time.time()) + SESSION_SECONDS
        payload = f"{expiry}.{secrets.token_urlsafe(12)}"
        signature = hmac.new(_key(token), payload.encode(), hashlib.sha256).hexdigest()
        return (
            f"{SESSION_COOKIE}={payload}.{signature}; Path=/; Max-Age={SESSION_SECONDS}; "
            "HttpOnly; SameSite=Strict"
        )

    @staticmethod
    def ended_session_cookie() -> str:
        return f"{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"

    def _session_valid(self, value: str) -> bool:
        payload, _, signature = value.rpartition(".")
        expiry, _, _ = payload.partition(".")
        if not expiry.isdigit() or int(expiry) < time.time():
            return False
        given = signature.encode()
        expected = [
            hmac.new(key, payload.encode(), hashlib.sha256).hexdigest().encode() for key in self._keys
        ]
        matches = [hmac.compare_digest(given, signature) for signature in expected]
        return any(matches)


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None
