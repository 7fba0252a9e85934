"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.subnets import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_subnet,
        delete_subnet,
        delete_subnet_collection,
        list_subnets,
        list_subnets_for_all_namespaces,
        patch_subnet,
        patch_subnet_status,
        read_subnet,
        read_subnet_status,
        replace_subnet,
        replace_subnet_status,
    )

_OPERATIONS = frozenset(
    {
        "list_subnets",
        "create_subnet",
        "delete_subnet_collection",
        "read_subnet",
        "replace_subnet",
        "delete_subnet",
        "patch_subnet",
        "read_subnet_status",
        "replace_subnet_status",
        "patch_subnet_status",
        "list_subnets_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_subnet",
    "delete_subnet",
    "delete_subnet_collection",
    "list_subnets",
    "list_subnets_for_all_namespaces",
    "patch_subnet",
    "patch_subnet_status",
    "read_subnet",
    "read_subnet_status",
    "replace_subnet",
    "replace_subnet_status",
)
