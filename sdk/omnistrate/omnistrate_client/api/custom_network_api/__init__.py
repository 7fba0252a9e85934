"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.custom_network_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_custom_network,
        delete_custom_network,
        describe_custom_network,
        list_custom_networks,
        update_custom_network,
    )

_OPERATIONS = frozenset(
    {
        "list_custom_networks",
        "create_custom_network",
        "describe_custom_network",
        "delete_custom_network",
        "update_custom_network",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_custom_network",
    "delete_custom_network",
    "describe_custom_network",
    "list_custom_networks",
    "update_custom_network",
)
