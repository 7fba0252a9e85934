"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.httproutes import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_http_route,
        delete_http_route,
        delete_http_route_collection,
        list_http_routes,
        list_http_routes_for_all_namespaces,
        patch_http_route,
        patch_http_route_status,
        read_http_route,
        read_http_route_status,
        replace_http_route,
        replace_http_route_status,
    )

_OPERATIONS = frozenset(
    {
        "list_http_routes",
        "create_http_route",
        "delete_http_route_collection",
        "read_http_route",
        "replace_http_route",
        "delete_http_route",
        "patch_http_route",
        "read_http_route_status",
        "replace_http_route_status",
        "patch_http_route_status",
        "list_http_routes_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_http_route",
    "delete_http_route",
    "delete_http_route_collection",
    "list_http_routes",
    "list_http_routes_for_all_namespaces",
    "patch_http_route",
    "patch_http_route_status",
    "read_http_route",
    "read_http_route_status",
    "replace_http_route",
    "replace_http_route_status",
)
