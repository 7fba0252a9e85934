"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.locations import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_location,
        delete_location,
        delete_location_collection,
        list_locations,
        list_locations_for_all_namespaces,
        patch_location,
        patch_location_status,
        read_location,
        read_location_status,
        replace_location,
        replace_location_status,
    )

_OPERATIONS = frozenset(
    {
        "list_locations",
        "create_location",
        "delete_location_collection",
        "read_location",
        "replace_location",
        "delete_location",
        "patch_location",
        "read_location_status",
        "replace_location_status",
        "patch_location_status",
        "list_locations_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_location",
    "delete_location",
    "delete_location_collection",
    "list_locations",
    "list_locations_for_all_namespaces",
    "patch_location",
    "patch_location_status",
    "read_location",
    "read_location_status",
    "replace_location",
    "replace_location_status",
)
