"""The exceptions an SDK raises; one tree per package, rooted in `ApiError`.

    ApiError
     ├── ApiStatusError               the server answered an error status (any 4xx/5xx)
     │    ├── BadRequestError              400
     │    ├── AuthenticationError          401
     │    ├── PermissionDeniedError        403
     │    ├── NotFoundError                404
     │    ├── ConflictError                409
     │    ├── UnprocessableEntityError     422
     │    ├── RateLimitError               429
     │    └── ServerError                  5xx
     ├── ApiConnectionError           no answer: refused, reset, DNS, TLS, protocol errors
     │    └── ApiTimeoutError              connect, read, write or pool timeout
     └── ValidationError              data does not fit a model (`from_dict`, `from_json`); `.path`
          └── ResponseValidationError      a 2xx answer's body does not fit (or is not JSON)

A status error carries the status, the answer's headers, the request id, the raw body and `error`,
the answer parsed into that API's own error model (Goa `Error`, Kubernetes `Status`, ...) when the
spec documents one for that status. Nothing in a message, `repr` or `headers` shows a credential.
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator, Mapping
from typing import Any

import httpx

from .redact import redact_headers, redact_text, redact_url

__all__ = [
    "REQUEST_ID_HEADERS",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "ValidationError",
    "connection_error",
    "error_class_for",
    "map_transport_errors",
    "request_id_of",
    "request_of",
    "status_error",
    "transport_failure",
]

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-correlation-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-trace-id",
)


class ApiError(Exception):
    """Every error the SDK raises."""


class ApiStatusError(ApiError):
    """The server answered with an error status."""

    status_code: int
    headers: dict[str, str]
    request_id: str | None
    error: Any
    content: bytes
    method: str
    url: str

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        request_id: str | None,
        error: Any,
        content: bytes = b"",
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers = redact_headers(headers)
        self.request_id = request_id
        self.error = error
        self.content = content
        self.method = method
        self.url = redact_url(url)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, request_id={self.request_id!r})"


class BadRequestError(ApiStatusError):
    """400: the request is malformed or fails validation."""


class AuthenticationError(ApiStatusError):
    """401: credentials are missing, malformed or unknown."""


class PermissionDeniedError(ApiStatusError):
    """403: the credentials do not allow this request."""


class NotFoundError(ApiStatusError):
    """404: no such resource (or path)."""


class ConflictError(ApiStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(ApiStatusError):
    """422: the request is well formed but semantically invalid."""


class RateLimitError(ApiStatusError):
    """429: too many requests; `retry_after` is the server's `Retry-After` header, when it sent one."""

    retry_after: str | None = None


class ServerError(ApiStatusError):
    """5xx: the server failed."""


class ApiConnectionError(ApiError):
    """No answer arrived: the connection failed or broke."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.url = redact_url(url)


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""


# --- Validation errors (issue 14): data that does not fit the documented model --------------------


class ValidationError(ApiError, ValueError):
    """Data does not fit its model: `path` is the JSON path of the first misfit (`$.services[3].id`),
    `reason` what is wrong there (`required field is missing`, `expected a string, got null`)."""

    path: str
    reason: str

    def __init__(self, message: str, *, path: str = "$", reason: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason or message


class ResponseValidationError(ValidationError):
    """A 2xx answer whose body does not fit the documented model, or is not JSON: the server drifted
    from its spec. Carries the status, headers, request id and raw body like `ApiStatusError`."""

    status_code: int
    headers: dict[str, str]
    request_id: str | None
    content: bytes
    method: str
    url: str

    def __init__(
        self,
        message: str,
        *,
        path: str,
        reason: str,
        status_code: int,
        headers: Mapping[str, str],
        request_id: str | None,
        content: bytes = b"",
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(redact_text(message), path=path, reason=reason)
        self.status_code = status_code
        self.headers = redact_headers(headers)
        self.request_id = request_id
        self.content = content
        self.method = method
        self.url = redact_url(url)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, path={self.path!r})"


# --- end of validation errors ---------------------------------------------------------------------

_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[ApiStatusError]:
    """The most specific class for a status (`ApiStatusError` for statuses without their own)."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, ApiStatusError)


def request_id_of(headers: Mapping[str, str], error: Any = None) -> str | None:
    """The request id the server sent in a header, else the id of a Goa-style error body."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    fallback = getattr(error, "id", None)
    return fallback if isinstance(fallback, str) and fallback else None


def _summary(error: Any, content: bytes) -> str:
    for attribute in ("message", "detail", "error", "title"):
        value = getattr(error, attribute, None)
        if isinstance(value, str) and value:
            return value
    return content[:300].decode("utf-8", errors="replace").strip()


def status_error(response: httpx.Response, error: Any = None) -> ApiStatusError:
    """The exception for an error answer (`error` is the body parsed into the API's error model)."""
    status = response.status_code
    request = request_of(response)
    method = request.method if request is not None else ""
    url = str(request.url) if request is not None else ""
    request_id = request_id_of(response.headers, error)
    detail = redact_text(_summary(error, response.content))
    where = f" for {method} {redact_url(url)}" if method else ""
    rid = f" [request id {request_id}]" if request_id else ""
    reason = response.reason_phrase
    message = f"{status} {reason}{where}{rid}" + (f": {detail}" if detail else "")
    cls = error_class_for(status)
    exc = cls(
        message,
        status_code=status,
        headers=response.headers,
        request_id=request_id,
        error=error,
        content=response.content,
        method=method,
        url=url,
    )
    if isinstance(exc, RateLimitError):
        exc.retry_after = response.headers.get("retry-after")
    return exc


def connection_error(exc: httpx.TransportError, method: str = "", url: str = "") -> ApiConnectionError:
    """The exception for an httpx transport error: `ApiTimeoutError` for timeouts."""
    cls = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    message = f"{type(exc).__name__} for {method} {redact_url(url)}: {redact_text(str(exc))}"
    return cls(message, method=method, url=url)


@contextlib.contextmanager
def map_transport_errors(method: str = "", url: str = "") -> Generator[None]:
    """Turn httpx's transport errors into `ApiTimeoutError` / `ApiConnectionError` (one boundary)."""
    try:
        yield
    except httpx.TransportError as exc:
        raise connection_error(exc, method, url) from exc


# -- the clients' own errors -----------------------------------------------------------------------


class ClientClosedError(ApiError):
    """The client was closed (`close()`, or the end of its `with` block) and cannot send any more."""


class ConfigurationError(ApiError):
    """The client cannot be built as configured (no base URL, say)."""


def transport_failure(exc: httpx.TransportError, kwargs: Mapping[str, Any]) -> ApiConnectionError:
    """`connection_error` naming the full URL of the request that failed (credentials redacted)."""
    try:
        url = str(exc.request.url)
    except RuntimeError:  # raised before a request existed
        url = str(kwargs.get("url", ""))
    return connection_error(exc, str(kwargs.get("method", "")).upper(), url)


def request_of(response: httpx.Response) -> httpx.Request | None:
    """The request an answer came for, or None (`response.request` raises when there is none)."""
    try:
        return response.request
    except RuntimeError:
        return None
