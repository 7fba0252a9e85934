"""Hide credentials wherever the SDK shows a request: logs, reprs and exception messages."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "MASK",
    "SENSITIVE_HEADERS",
    "SENSITIVE_NAMES",
    "RedactingFilter",
    "cookies_repr",
    "headers_repr",
    "install_httpx_filter",
    "mapping_repr",
    "redact_headers",
    "redact_mapping",
    "redact_text",
    "redact_url",
]

MASK = "[redacted]"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "x-auth-token",
        "x-access-token",
        "x-amz-security-token",
    }
)

# Query parameters and JSON fields whose values are secrets (compared without case, `_` and `-`).
SENSITIVE_NAMES = frozenset(
    {
        "token",
        "accesstoken",
        "refreshtoken",
        "idtoken",
        "jwttoken",
        "apikey",
        "password",
        "hashedpassword",
        "secret",
        "clientsecret",
        "personalaccesstoken",
        "authorization",
        "signature",
        "privatekey",
        "secretaccesskey",
    }
)

# `"password": "x"`, `password=x`, and the same inside quoted JSON text (`\\"password\\": ...`).
_FIELD = re.compile(
    r"""(?P<key>(?:\\?["'])?(?P<name>[A-Za-z_-]*(?:token|password|secret|apikey|api_key|authorization|"""
    r"""signature|private_?key)[A-Za-z_-]*)(?:\\?["'])?\s*[:=]\s*)"""
    r"""(?P<value>\\?"(?:[^"\\]|\\[^"])*\\?"|'[^']*'|[^\s,;&}]+)""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)


def _normal(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


def is_sensitive_name(name: str) -> bool:
    """True for a field or parameter name that holds a secret (`password`, `api_key`, `jwtToken`, ...)."""
    return _normal(name) in SENSITIVE_NAMES


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    """A copy of the headers with every credential masked."""
    items: Iterable[tuple[str, str]] = (
        cast("Mapping[str, str]", headers).items() if isinstance(headers, Mapping) else headers
    )
    return {name: MASK if name.lower() in SENSITIVE_HEADERS else value for name, value in items}


def redact_mapping(values: Mapping[str, object]) -> dict[str, object]:
    """A copy of a mapping (cookies, httpx arguments) with secret values masked."""
    return {
        key: MASK
        if is_sensitive_name(key) or key.lower() in SENSITIVE_HEADERS or key in {"auth", "cookies"}
        else (redact_mapping(cast("Mapping[str, object]", value)) if isinstance(value, Mapping) else value)
        for key, value in values.items()
    }


def redact_url(url: object) -> str:
    """The URL with its password and every secret query parameter masked."""
    text = str(url)
    parts = urlsplit(text)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{MASK}@{host}" if ":" in userinfo else f"{MASK}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(is_sensitive_name(key) for key, _ in pairs):
            query = urlencode([(k, MASK if is_sensitive_name(k) else v) for k, v in pairs], safe="[]")
    if netloc == parts.netloc and query == parts.query:
        return text
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Text (an answer's body, a message) with credentials masked: `"password": "..."` style fields,
    `Bearer ...` values and any of the given secret strings."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)
    return _FIELD.sub(lambda m: f"{m.group('key')}{_quote(m.group('value'))}", text)


def _quote(value: str) -> str:
    for quote in ('\\"', '"', "'"):
        if value.startswith(quote):
            return f"{quote}{MASK}{quote}"
    return MASK


class RedactingFilter(logging.Filter):
    """Masks secret query parameters in URLs that other loggers (httpx's own) log as arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(_is_url(a) for a in record.args):
            record.args = tuple(redact_url(a) if _is_url(a) else a for a in record.args)
        return True


def _is_url(value: object) -> bool:
    return type(value).__name__ == "URL" and "?" in str(value)


def install_httpx_filter() -> None:
    """Add `RedactingFilter` to the `httpx` logger, once per process whatever the package."""
    target = logging.getLogger("httpx")
    if not any(type(f).__name__ == "RedactingFilter" for f in target.filters):
        target.addFilter(RedactingFilter())


def headers_repr(headers: Mapping[str, str]) -> str:
    """`repr` of a headers mapping with credentials masked (for attrs `field(repr=...)`)."""
    return repr(redact_headers(headers))


def mapping_repr(values: Mapping[str, object]) -> str:
    """`repr` of cookies or httpx arguments with secrets masked (for attrs `field(repr=...)`)."""
    return repr(redact_mapping(values))


def cookies_repr(cookies: Mapping[str, str]) -> str:
    """`repr` of cookies: names only, every value masked (a cookie is a credential more often than not)."""
    return repr(dict.fromkeys(cookies, MASK))
