"""The errors this SDK raises: one tree rooted in `ApiError` (see `_runtime/errors.py`).

`sync()` and `asyncio()` raise an `ApiStatusError` subclass for every answer outside 2xx, carrying the
status, headers, request id and the answer parsed into this API's error model (`.error`); every form
raises `ApiConnectionError` / `ApiTimeoutError` when no answer arrives. The `*_detailed` forms return
error answers as `Response` values instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)

if TYPE_CHECKING:
    from .models.error import Error


def error_model(error: ApiStatusError) -> Error | None:
    """The error answer parsed into this API's error model (`Error`),
    typed; None when the body did not parse into one. The same object as `error.error`, which is untyped.
    (The models are imported here, not at the top: importing the errors stays cheap.)"""
    from .models.error import Error

    found = error.error
    return found if isinstance(found, (Error,)) else None


class UnexpectedStatus(ApiStatusError):
    """Raised by the `*_detailed` forms for an undocumented status when
    `Client.raise_on_unexpected_status` is True."""

    def __init__(self, status_code: int, content: bytes):
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}",
            status_code=status_code,
            headers={},
            request_id=None,
            error=None,
            content=content,
        )


__all__ = [
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
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "ValidationError",
    "error_model",
]
