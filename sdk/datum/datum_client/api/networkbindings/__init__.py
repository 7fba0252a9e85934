"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.networkbindings import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_network_binding,
        delete_network_binding,
        delete_network_binding_collection,
        list_network_bindings,
        list_network_bindings_for_all_namespaces,
        patch_network_binding,
        patch_network_binding_status,
        read_network_binding,
        read_network_binding_status,
        replace_network_binding,
        replace_network_binding_status,
    )

_OPERATIONS = frozenset(
    {
        "list_network_bindings",
        "create_network_binding",
        "delete_network_binding_collection",
        "read_network_binding",
        "replace_network_binding",
        "delete_network_binding",
        "patch_network_binding",
        "read_network_binding_status",
        "replace_network_binding_status",
        "patch_network_binding_status",
        "list_network_bindings_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_network_binding",
    "delete_network_binding",
    "delete_network_binding_collection",
    "list_network_bindings",
    "list_network_bindings_for_all_namespaces",
    "patch_network_binding",
    "patch_network_binding_status",
    "read_network_binding",
    "read_network_binding_status",
    "replace_network_binding",
    "replace_network_binding_status",
)
