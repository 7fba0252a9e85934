"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.networks import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_network,
        delete_network,
        delete_network_collection,
        list_networks,
        list_networks_for_all_namespaces,
        patch_network,
        patch_network_status,
        read_network,
        read_network_status,
        replace_network,
        replace_network_status,
    )

_OPERATIONS = frozenset(
    {
        "list_networks",
        "create_network",
        "delete_network_collection",
        "read_network",
        "replace_network",
        "delete_network",
        "patch_network",
        "read_network_status",
        "replace_network_status",
        "patch_network_status",
        "list_networks_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_network",
    "delete_network",
    "delete_network_collection",
    "list_networks",
    "list_networks_for_all_namespaces",
    "patch_network",
    "patch_network_status",
    "read_network",
    "read_network_status",
    "replace_network",
    "replace_network_status",
)
