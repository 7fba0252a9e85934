"""A client library for accessing Data HUB Resource API"""

from ._runtime.retry import Retry
from .client import AuthenticatedClient, Client
from .errors import ApiError, ResponseValidationError, ValidationError

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "ResponseValidationError",
    "Retry",
    "ValidationError",
)
