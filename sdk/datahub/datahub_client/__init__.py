"""A client library for accessing Data HUB Resource API"""

from ._client import AsyncDataHub, DataHub
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
    "AsyncDataHub",
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
    "DataHub",
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
