"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.namespaces import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_namespace, delete_namespace, get_namespace, list_deployment_target_namespaces, update_namespace

_OPERATIONS = frozenset(
    {
        "list_deployment_target_namespaces",
        "create_namespace",
        "get_namespace",
        "update_namespace",
        "delete_namespace",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_namespace",
    "delete_namespace",
    "get_namespace",
    "list_deployment_target_namespaces",
    "update_namespace",
)
