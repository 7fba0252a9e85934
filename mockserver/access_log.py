"""The access log: one line per request, as Prism logs them, at `info` on the `mockserver.access` logger.

```
14:02:11 GET /datahub/tenants 200 0.4ms
14:02:12 POST /omnistrate/2022-09-01-00/service 400 0.9ms body: "name" is a required property
```

`AccessLog` is ASGI middleware around the app (`mockserver serve` adds it unless `--quiet`): it reads
the status from `http.response.start` and, for a 4xx answer only, the body, to name the first
problem the answer gives (Prism's `validation[]`, or the message field of the API's own error
model). `--log-format json` writes the same fields as one JSON object per line.

Secrets never appear: the query string's values are dropped for parameters whose names say they
carry one (`token`, `key`, `secret`, `password`, ...), and the request's credentials (the value of
`Authorization`, API-key headers, cookies) are blanked out of the whole line, wherever a problem
message might echo them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import orjson

__all__ = [
    "ACCESS_LOGGER",
    "AccessLog",
    "JsonFormatter",
    "configure_logging",
    "first_problem",
    "request_secrets",
    "with_access_log",
]

ACCESS_LOGGER = "mockserver.access"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_MAX_ERROR_BODY = 64 * 1024  # larger 4xx bodies are not read for their first problem
_MAX_PROBLEM = 200
_REDACTED = "[redacted]"
_SECRET_PARAMS = ("token", "key", "secret", "password", "passwd", "credential", "signature", "auth", "code")
_SECRET_HEADERS = frozenset({b"authorization", b"proxy-authorization", b"cookie", b"x-api-key", b"api-key"})


def first_problem(body: bytes) -> str | None:
    """The first problem a 4xx answer names: `location: message` from Prism's `validation[]`, else the
    first clause of the error model's message (`detail`, `message` or `error`)."""
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(document, dict):
        return None
    validation = document.get("validation")
    if isinstance(validation, list) and validation and isinstance(validation[0], dict):
        first = validation[0]
        location = ".".join(str(part) for part in first.get("location", []))
        message = str(first.get("message", ""))
        return _short(f"{location}: {message}" if location else message)
    for field in ("detail", "message", "error"):
        text = document.get(field)
        if isinstance(text, str) and text:
            text = text.removeprefix("Invalid request: ")
            return _short(text.split("; ", 1)[0])
    return None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_PROBLEM else text[: _MAX_PROBLEM - 1] + "…"


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_PARAMS)


def _target(path: str, query: bytes) -> str:
    if not query:
        return path
    text = query.decode("latin-1")
    pairs = parse_qsl(text, keep_blank_values=True)
    if not any(_is_secret(name) for name, _ in pairs):
        return f"{path}?{text}"
    return f"{path}?{urlencode([(n, _REDACTED if _is_secret(n) else v) for n, v in pairs], safe='[]')}"


def request_secrets(scope: Scope) -> list[str]:
    """The credentials the request carries, to blank out of anything logged about it."""
    found = []
    for name, value in scope.get("headers", ()):
        if name.lower() in _SECRET_HEADERS and value:
            text = value.decode("latin-1").strip()
            found.append(text)
            scheme, _, credential = text.partition(" ")
            if credential.strip() and scheme.isalpha():
                found.append(credential.strip())  # the token without "Bearer "
    return sorted(found, key=len, reverse=True)


class AccessLog:
    """ASGI middleware logging one line per HTTP request at `info` (see the module docstring)."""

    def __init__(self, app: ASGIApp, logger: logging.Logger | None = None) -> None:
        self.app = app
        self.logger = logger or logging.getLogger(ACCESS_LOGGER)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.logger.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        error_body: list[bytes] = []
        size = 0

        async def send_and_note(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and 400 <= status < 500:
                chunk = message.get("body", b"")
                size += len(chunk)
                if size <= _MAX_ERROR_BODY:
                    error_body.append(chunk)
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            self._log(scope, status or 500, time.perf_counter() - started, b"".join(error_body))

    def _log(self, scope: Scope, status: int, seconds: float, error_body: bytes) -> None:
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").split("?", 1)[0] if raw_path else scope.get("path", "")
        target = _target(path, scope.get("query_string", b""))
        problem = first_problem(error_body) if error_body else None
        for secret in request_secrets(scope):
            target = target.replace(secret, _REDACTED)
            if problem:
                problem = problem.replace(secret, _REDACTED)
        latency_ms = round(seconds * 1000, 1)
        line = f"{scope['method']} {target} {status} {latency_ms}ms"
        fields: dict[str, Any] = {
            "method": scope["method"],
            "path": target,
            "status": status,
            "latency_ms": latency_ms,
        }
        if problem:
            line += f" {problem}"
            fields["problem"] = problem
        self.logger.info(line, extra={"access": fields})


def with_access_log(app: ASGIApp, *, quiet: bool) -> ASGIApp:
    """`app` in `AccessLog` unless `quiet`, or unless the log level leaves out its lines (`--log-level
    warning` and above, set once at start): no middleware layer on every request for nothing."""
    if quiet or not logging.getLogger(ACCESS_LOGGER).isEnabledFor(logging.INFO):
        return app
    return AccessLog(app)


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message; an access line adds its fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        access = getattr(record, "access", None)
        if isinstance(access, dict):
            entry.update(access)
        else:
            entry["message"] = record.getMessage()
            if record.exc_info:
                entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry).decode()


def configure_logging(level: str, log_format: str, *, access: bool = True) -> None:
    """Logging for `mockserver serve`: everything to stderr at `level`, text or JSON lines.

    Text: `LEVEL logger: message`, except access lines, which are `HH:MM:SS METHOD PATH STATUS LATENCY`.
    `access=False` (`--quiet`) silences the access log whatever the level.
    """
    handler = logging.StreamHandler()
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    access_logger = logging.getLogger(ACCESS_LOGGER)
    access_logger.disabled = not access
    if log_format != "json":
        access_handler = logging.StreamHandler()
        access_handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
        access_logger.handlers[:] = [access_handler]
        access_logger.propagate = False
