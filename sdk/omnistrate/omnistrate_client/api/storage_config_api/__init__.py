"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.storage_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_storage_volume_config,
        create_storage_config,
        delete_storage_config,
        describe_storage_config,
        list_storage_config,
        remove_storage_volume_config,
        update_storage_config,
    )

_OPERATIONS = frozenset(
    {
        "list_storage_config",
        "create_storage_config",
        "describe_storage_config",
        "delete_storage_config",
        "update_storage_config",
        "add_storage_volume_config",
        "remove_storage_volume_config",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "add_storage_volume_config",
    "create_storage_config",
    "delete_storage_config",
    "describe_storage_config",
    "list_storage_config",
    "remove_storage_volume_config",
    "update_storage_config",
)
