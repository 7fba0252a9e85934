"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.storage_volume_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_storage_volume_config,
        delete_storage_volume_config,
        describe_storage_volume_config,
        list_storage_volume_config,
        update_instance_storage_volume_config,
        update_storage_volume_config,
        update_storage_volume_size_config,
    )

_OPERATIONS = frozenset(
    {
        "list_storage_volume_config",
        "create_storage_volume_config",
        "describe_storage_volume_config",
        "delete_storage_volume_config",
        "update_storage_volume_config",
        "update_instance_storage_volume_config",
        "update_storage_volume_size_config",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_storage_volume_config",
    "delete_storage_volume_config",
    "describe_storage_volume_config",
    "list_storage_volume_config",
    "update_instance_storage_volume_config",
    "update_storage_volume_config",
    "update_storage_volume_size_config",
)
