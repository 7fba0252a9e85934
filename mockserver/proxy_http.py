"""The HTTP side of `mockserver proxy` (`proxy.py`): which headers are forwarded either way (RFC 9110
7.6.1), which answers are streamed, content codings undone for checking, and violations located,
redacted and encoded for the `sl-violations` header."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from .errors import MockError, ValidationIssue

__all__ = [
    "STREAMED",
    "answer_headers",
    "decoded",
    "forwarded_headers",
    "redact",
    "request_issues",
    "violations_header",
]

# Headers that belong to one connection, not to the message (RFC 9110 7.6.1), plus those the proxy
# sets itself: `host` (the upstream's) and `content-length` (of the body as forwarded).
_HOP_BY_HOP = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-connection",
        b"proxy-authenticate",
        b"proxy-authorization",
        b"te",
        b"trailer",
        b"transfer-encoding",
        b"upgrade",
    }
)
_NOT_FORWARDED = _HOP_BY_HOP | {b"host", b"content-length"}
# Answers passed through as they come: their body is not read before it is sent.
STREAMED = ("application/x-ndjson", "text/event-stream", "application/octet-stream", "multipart/")
_VIOLATIONS_HEADER_MAX = 8 * 1024


def violations_header(violations: Sequence[dict[str, Any]]) -> bytes:
    """The JSON list as printable ASCII (a header value allows no other), cut to fit in a header.

    Non-ASCII characters become JSON `\\uXXXX` escapes; so does DEL, which JSON leaves as it is but
    a header value may not hold (a request's own bytes can reach a message).
    """
    kept = list(violations)
    while True:
        text = json.dumps(kept, ensure_ascii=True, separators=(",", ":"))
        encoded = text.replace("\x7f", "\\u007f").encode()
        if len(encoded) <= _VIOLATIONS_HEADER_MAX or len(kept) <= 1:
            return encoded[:_VIOLATIONS_HEADER_MAX]
        kept = kept[: len(kept) // 2]


def decoded(body: bytes, encoding: str) -> bytes | None:
    """The body without its content coding, or None when it cannot be undone here."""
    coding = encoding.strip().lower()
    if coding in ("", "identity"):
        return body
    try:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompress(body, 16 + zlib.MAX_WBITS)
        if coding == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:
                return zlib.decompress(body, -zlib.MAX_WBITS)
    except zlib.error:
        return None
    return None


def _connection_listed(raw: Iterable[tuple[bytes, bytes]]) -> set[bytes]:
    """Header names a `Connection` header lists: hop-by-hop too."""
    listed: set[bytes] = set()
    for name, value in raw:
        if name.lower() == b"connection":
            listed.update(part.strip().lower() for part in value.split(b","))
    return listed


def forwarded_headers(raw: Sequence[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """A request's headers as sent upstream: without hop-by-hop ones, `host` and `content-length`."""
    dropped = _NOT_FORWARDED | _connection_listed(raw)
    return [(name, value) for name, value in raw if name.lower() not in dropped]


def answer_headers(raw: Sequence[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """An upstream answer's headers as sent back: without hop-by-hop ones."""
    dropped = _HOP_BY_HOP | _connection_listed(raw)
    return [(name, value) for name, value in raw if name.lower() not in dropped]


def request_issues(error: MockError) -> list[ValidationIssue]:
    """The violations a refusal of the validation stages names, located under "request"."""
    if error.validation:
        return [ValidationIssue(("request", *i.location), i.message, i.code) for i in error.validation]
    location: tuple[str, ...] = ("request",)
    if error.status == 415:
        location = ("request", "header", "content-type")
    elif error.status in (401, 403):
        location = ("request", "security")
    elif error.status in (404, 405):
        location = ("request", "path")
    elif error.problem == "INVALID_BODY":
        location = ("request", "body")
    return [ValidationIssue(location, error.detail, error.problem)]


def redact(issues: Iterable[ValidationIssue], secrets: Sequence[str]) -> list[ValidationIssue]:
    if not secrets:
        return list(issues)
    out = []
    for issue in issues:
        message = issue.message
        for secret in secrets:
            message = message.replace(secret, "[redacted]")
        out.append(ValidationIssue(issue.location, message, issue.code))
    return out
