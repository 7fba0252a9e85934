"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.service_api_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_service_api,
        delete_service_api,
        deprecate_service_api,
        describe_pending_changes,
        describe_service_api,
        discard_pending_changes,
        list_service_api,
        release_service_api,
        update_service_api,
    )

_OPERATIONS = frozenset(
    {
        "create_service_api",
        "describe_service_api",
        "delete_service_api",
        "update_service_api",
        "describe_pending_changes",
        "discard_pending_changes",
        "deprecate_service_api",
        "release_service_api",
        "list_service_api",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_service_api",
    "delete_service_api",
    "deprecate_service_api",
    "describe_pending_changes",
    "describe_service_api",
    "discard_pending_changes",
    "list_service_api",
    "release_service_api",
    "update_service_api",
)
