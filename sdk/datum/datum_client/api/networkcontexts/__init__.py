"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.networkcontexts import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_network_context,
        delete_network_context,
        delete_network_context_collection,
        list_network_contexts,
        list_network_contexts_for_all_namespaces,
        patch_network_context,
        patch_network_context_status,
        read_network_context,
        read_network_context_status,
        replace_network_context,
        replace_network_context_status,
    )

_OPERATIONS = frozenset(
    {
        "list_network_contexts",
        "create_network_context",
        "delete_network_context_collection",
        "read_network_context",
        "replace_network_context",
        "delete_network_context",
        "patch_network_context",
        "read_network_context_status",
        "replace_network_context_status",
        "patch_network_context_status",
        "list_network_contexts_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_network_context",
    "delete_network_context",
    "delete_network_context_collection",
    "list_network_contexts",
    "list_network_contexts_for_all_namespaces",
    "patch_network_context",
    "patch_network_context_status",
    "read_network_context",
    "read_network_context_status",
    "replace_network_context",
    "replace_network_context_status",
)
