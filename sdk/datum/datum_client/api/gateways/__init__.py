"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.gateways import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_gateway,
        delete_gateway,
        delete_gateway_collection,
        list_gateways,
        list_gateways_for_all_namespaces,
        patch_gateway,
        patch_gateway_status,
        read_gateway,
        read_gateway_status,
        replace_gateway,
        replace_gateway_status,
    )

_OPERATIONS = frozenset(
    {
        "list_gateways",
        "create_gateway",
        "delete_gateway_collection",
        "read_gateway",
        "replace_gateway",
        "delete_gateway",
        "patch_gateway",
        "read_gateway_status",
        "replace_gateway_status",
        "patch_gateway_status",
        "list_gateways_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_gateway",
    "delete_gateway",
    "delete_gateway_collection",
    "list_gateways",
    "list_gateways_for_all_namespaces",
    "patch_gateway",
    "patch_gateway_status",
    "read_gateway",
    "read_gateway_status",
    "replace_gateway",
    "replace_gateway_status",
)
