"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.network_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_network_config,
        delete_network_config,
        describe_network_config,
        list_network_config,
        update_network_config,
    )

_OPERATIONS = frozenset(
    {
        "list_network_config",
        "create_network_config",
        "describe_network_config",
        "delete_network_config",
        "update_network_config",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_network_config",
    "delete_network_config",
    "describe_network_config",
    "list_network_config",
    "update_network_config",
)
