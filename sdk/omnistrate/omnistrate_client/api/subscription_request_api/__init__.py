"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.subscription_request_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        cancel_subscription_request,
        create_subscription_request,
        describe_subscription_request,
        list_subscription_requests,
    )

_OPERATIONS = frozenset(
    {
        "list_subscription_requests",
        "create_subscription_request",
        "describe_subscription_request",
        "cancel_subscription_request",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "cancel_subscription_request",
    "create_subscription_request",
    "describe_subscription_request",
    "list_subscription_requests",
)
