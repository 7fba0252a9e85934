"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.namespaces import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_namespace,
        delete_namespace,
        delete_namespace_collection,
        list_namespaces,
        patch_namespace,
        patch_namespace_status,
        read_namespace,
        read_namespace_status,
        replace_namespace,
        replace_namespace_status,
    )

_OPERATIONS = frozenset(
    {
        "list_namespaces",
        "create_namespace",
        "delete_namespace_collection",
        "read_namespace",
        "replace_namespace",
        "delete_namespace",
        "patch_namespace",
        "read_namespace_status",
        "replace_namespace_status",
        "patch_namespace_status",
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
    "delete_namespace_collection",
    "list_namespaces",
    "patch_namespace",
    "patch_namespace_status",
    "read_namespace",
    "read_namespace_status",
    "replace_namespace",
    "replace_namespace_status",
)
