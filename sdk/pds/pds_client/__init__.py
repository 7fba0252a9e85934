"""A client library for accessing PDS API"""

from ._client import PDS, AsyncPDS
from ._runtime.calls import DEFAULT
from ._runtime.client import DEFAULT_TIMEOUT
from ._runtime.pagination import AsyncPage, AsyncPager, SyncPage
from ._runtime.responses import AsyncStreamedResponse, RawResponse, StreamedResponse
from ._runtime.retry import AsyncRetryTransport, Retry, RetryTransport
from .client import AuthenticatedClient, Client
from .errors import (
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

__all__ = (
    "DEFAULT",
    "DEFAULT_TIMEOUT",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncPDS",
    "AsyncPage",
    "AsyncPager",
    "AsyncRetryTransport",
    "AsyncStreamedResponse",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "PDS",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "Retry",
    "RetryTransport",
    "ServerError",
    "StreamedResponse",
    "SyncPage",
    "UnprocessableEntityError",
    "ValidationError",
)
