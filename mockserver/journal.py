"""The journal: the last requests the mock answered, for integrators to assert on (`GET /__mock/journal`)
and for the inspector page.

Recording is on every API request, so it only keeps references (the header dicts, the bodies cut to
`body_bytes`); everything else (decoding, JSON pointers, redaction) happens when the journal is read.
What is read never holds a secret: credentials in headers, query parameters and bodies whose names say
they carry one (`authorization`, `token`, `password`, ...) and the data of Kubernetes Secrets are
replaced by `[redacted]`.
"""

from __future__ import annotations

import fnmatch
import re
import time
from collections import defaultdict, deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import parse_qsl, urlencode

import orjson

from specs import pointer

from .errors import MockError

if TYPE_CHECKING:
    from .request import Request
    from .responses import MockResponse

__all__ = ["REDACTED", "Journal", "redact_body", "redact_headers", "redact_value"]

REDACTED = "[redacted]"
_SECRET_WORDS = (
    "token",
    "secret",
    "password",
    "passwd",
    "credential",
    "signature",
    "apikey",
    "api-key",
    "api_key",
)
_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "x-auth-token"}
)
_SECRET_VALUE = re.compile(
    r"""("(?:[^"\\]*(?:token|secret|password|passwd|credential|apikey|api_key)[^"\\]*)"\s*:\s*)"(?:[^"\\]|\\.)*"?""",
    re.IGNORECASE,
)


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or any(word in lowered for word in _SECRET_WORDS)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: REDACTED if _is_secret(name) else value for name, value in headers.items()}


def _redact_query(query: str) -> str:
    if not query:
        return query
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(_is_secret(name) or name.lower() in ("key", "code") for name, _ in pairs):
        return query
    return urlencode(
        [(n, REDACTED if _is_secret(n) or n.lower() in ("key", "code") else v) for n, v in pairs]
    )


def redact_value(value: Any, secret: bool = False) -> Any:
    """`value` without secrets; `secret`: it is a Kubernetes Secret (or a patch of one) even when its
    `kind` does not say so (a create body may leave it out), so its `data` and patch values go."""
    if isinstance(value, dict):
        secret_kind = secret or value.get("kind") == "Secret"
        return {
            key: REDACTED
            if (_is_secret(key) and not isinstance(item, dict | list))
            or (secret_kind and key in ("data", "stringData", "value"))
            else redact_value(item, secret and key == "items")
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_value(item, secret) for item in value]
    return value


def names_secrets(path: str) -> bool:
    """Is `path` a Kubernetes Secrets collection or Secret (`.../secrets[/{name}]`)?"""
    parts = path.rstrip("/").split("/")
    return "secrets" in parts[-2:]


def redact_body(body: bytes, truncated: bool, secret: bool = False) -> str | None:
    """The body as text without secrets: JSON indented, other text as is, binary summarized; the body
    of a Kubernetes Secret request is never shown unless it parses (and is then redacted)."""
    if not body:
        return None
    if not truncated:
        try:
            return orjson.dumps(redact_value(orjson.loads(body), secret), option=orjson.OPT_INDENT_2).decode()
        except orjson.JSONDecodeError:
            pass
    if secret:
        return REDACTED
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        if truncated:  # cut inside a multi-byte character
            text = body.decode("utf-8", "ignore")
        else:
            return f"[{len(body)} bytes of binary data]"
    text = _SECRET_VALUE.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)
    if "=" in text and "\n" not in text and not text.lstrip().startswith(("{", "[")):
        text = _redact_query(text)  # a form
    return text


class _Recorded(NamedTuple):
    id: int
    time: float
    api: str | None
    method: str
    path: str
    query: str
    status: int
    seconds: float
    operation_id: str | None
    error: MockError | None
    request_headers: Mapping[str, str]
    request_body: bytes
    request_bytes: int
    response_headers: Mapping[str, str]
    media_type: str | None
    response_body: bytes
    response_bytes: int
    # What broke the contract (`mockserver proxy`): `{location, severity, code, message}` each.
    violations: tuple[dict[str, Any], ...]


class Journal:
    """A ring of the last `size` entries: memory stays bounded however long the mock runs."""

    def __init__(self, size: int = 1000, body_bytes: int = 16 * 1024) -> None:
        self._entries: deque[tuple[Any, ...]] = deque(maxlen=size)
        self.body_bytes = body_bytes
        self._next = 1
        # Calls per (api, operationId, status) since the last clear, the ring's evictions included.
        self._calls: defaultdict[tuple[str | None, str | None, int], int] = defaultdict(int)

    def record(  # noqa: PLR0917 - positional: called on every request, keyword passing costs
        self,
        api: str | None,
        method: str,
        path: str,
        query: str,
        status: int,
        started: float,
        request: Request | None,
        headers: Mapping[str, str],
        body: bytes,
        response: MockResponse | None,
        violations: tuple[dict[str, Any], ...] = (),
    ) -> None:
        """Keep one answered request: references only (on every request; `query` does the rest).
        The proxy records no `response` of the mock's own (None), and its `violations`."""
        limit = self.body_bytes
        operation_id = request.operation_id if request is not None else None
        answered = response.body if response is not None and response.stream is None else b""
        self._entries.append(
            (  # a plain tuple (a `_Recorded` once read): a NamedTuple's __new__ costs a Python call
                self._next,
                time.time(),
                api,
                method,
                path,
                query,
                status,
                time.perf_counter() - started,
                operation_id,
                request.error if request is not None else None,
                headers,
                body[:limit],
                len(body),
                response.headers if response is not None else {},
                response.media_type if response is not None else None,
                answered[:limit],
                len(answered),
                violations,
            )
        )
        self._next += 1
        self._calls[(api, operation_id, status)] += 1

    def clear(self) -> None:
        self._entries.clear()
        self._calls.clear()

    def calls(self, api: str | None, operation_id: str | None) -> dict[int, int]:
        """How often the operation was answered since the last clear, by status."""
        return {
            status: count
            for (called_api, called, status), count in list(self._calls.items())
            if called == operation_id and called_api == api
        }

    def query(self, filters: dict[str, str]) -> list[dict[str, Any]]:
        """Entries oldest first, filtered by `api`, `method`, `status` (`404` or `4xx`), `path` (a glob),
        `since` (ids above it), `violations=true` (only exchanges that broke the contract) and cut to the
        newest `limit`; `summary=true` leaves out headers and bodies."""
        entries = [_Recorded._make(e) for e in self._entries]
        if since := filters.get("since", ""):
            floor = int(since) if since.isdigit() else 0
            entries = [e for e in entries if e.id > floor]
        if api := filters.get("api"):
            entries = [e for e in entries if e.api == api]
        if method := filters.get("method"):
            entries = [e for e in entries if e.method == method.upper()]
        if status := filters.get("status"):
            wanted = status.lower()
            if len(wanted) == 3 and wanted.endswith("xx"):
                entries = [e for e in entries if str(e.status)[0] == wanted[0]]
            else:
                entries = [e for e in entries if str(e.status) == wanted]
        if path := filters.get("path"):
            entries = [e for e in entries if fnmatch.fnmatchcase(e.path, path)]
        if filters.get("violations", "").lower() in ("true", "1", "yes"):
            entries = [e for e in entries if e.violations]
        limit = filters.get("limit", "")
        if limit.isdigit():
            entries = entries[-int(limit) :] if int(limit) else []
        full = filters.get("summary", "").lower() not in ("true", "1", "yes")
        return [self._render(e, full=full) for e in entries]

    def entry(self, id: str) -> dict[str, Any] | None:
        """One entry, headers and bodies included; None when it is not (or no longer) in the ring."""
        if not id.isdigit():
            return None
        for recorded in self._entries:
            if recorded[0] == int(id):
                return self._render(_Recorded._make(recorded), full=True)
        return None

    def _render(self, e: _Recorded, *, full: bool) -> dict[str, Any]:
        error = e.error
        entry: dict[str, Any] = {
            "id": e.id,
            "time": e.time,
            "api": e.api,
            "method": e.method,
            "path": e.path,
            "query": _redact_query(e.query),
            "status": e.status,
            "latency_ms": round(e.seconds * 1000, 3),
            "operation_id": e.operation_id,
            "error": error.detail if error is not None else None,
            "problems": [
                {
                    "location": list(issue.location),
                    "pointer": pointer(*issue.location),
                    "code": issue.code,
                    "message": issue.message,
                }
                for issue in (error.validation if error is not None else ())
            ],
            "violations": list(e.violations),
        }
        if full:
            response_headers = dict(e.response_headers)
            if e.media_type is not None:
                response_headers.setdefault("content-type", e.media_type)
            secret = names_secrets(e.path)
            entry["request"] = self._message(e.request_headers, e.request_body, e.request_bytes, secret)
            entry["response"] = self._message(response_headers, e.response_body, e.response_bytes, secret)
        return entry

    def _message(self, headers: Mapping[str, str], body: bytes, size: int, secret: bool) -> dict[str, Any]:
        truncated = size > len(body)
        return {
            "headers": redact_headers(headers),
            "body": redact_body(body, truncated, secret),
            "body_bytes": size,
            "truncated": truncated,
        }
