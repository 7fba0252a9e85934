"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.configmaps import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_config_map,
        delete_config_map,
        delete_config_map_collection,
        list_config_maps,
        list_config_maps_for_all_namespaces,
        patch_config_map,
        read_config_map,
        replace_config_map,
    )

_OPERATIONS = frozenset(
    {
        "list_config_maps",
        "create_config_map",
        "delete_config_map_collection",
        "read_config_map",
        "replace_config_map",
        "delete_config_map",
        "patch_config_map",
        "list_config_maps_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_config_map",
    "delete_config_map",
    "delete_config_map_collection",
    "list_config_maps",
    "list_config_maps_for_all_namespaces",
    "patch_config_map",
    "read_config_map",
    "replace_config_map",
)
