"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.services_orchestration_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_services_orchestration,
        delete_services_orchestration,
        describe_services_orchestration,
        list_services_orchestrations,
        modify_services_orchestration,
    )

_OPERATIONS = frozenset(
    {
        "list_services_orchestrations",
        "create_services_orchestration",
        "describe_services_orchestration",
        "delete_services_orchestration",
        "modify_services_orchestration",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_services_orchestration",
    "delete_services_orchestration",
    "describe_services_orchestration",
    "list_services_orchestrations",
    "modify_services_orchestration",
)
