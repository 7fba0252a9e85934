"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.service_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        build_service_from_compose_spec,
        build_service_from_service_plan_spec,
        create_service,
        create_service_from_compose_spec,
        delete_service,
        describe_service,
        list_service,
        service_health,
        update_service,
    )

_OPERATIONS = frozenset(
    {
        "list_service",
        "create_service",
        "describe_service",
        "delete_service",
        "update_service",
        "service_health",
        "build_service_from_compose_spec",
        "create_service_from_compose_spec",
        "build_service_from_service_plan_spec",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "build_service_from_compose_spec",
    "build_service_from_service_plan_spec",
    "create_service",
    "create_service_from_compose_spec",
    "delete_service",
    "describe_service",
    "list_service",
    "service_health",
    "update_service",
)
