"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.service_environment_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_service_environment,
        delete_service_environment,
        describe_service_environment,
        list_service_environment,
        promote_service_environment,
        promote_service_environment_status,
        update_service_environment,
    )

_OPERATIONS = frozenset(
    {
        "list_service_environment",
        "create_service_environment",
        "describe_service_environment",
        "delete_service_environment",
        "update_service_environment",
        "promote_service_environment_status",
        "promote_service_environment",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_service_environment",
    "delete_service_environment",
    "describe_service_environment",
    "list_service_environment",
    "promote_service_environment",
    "promote_service_environment_status",
    "update_service_environment",
)
