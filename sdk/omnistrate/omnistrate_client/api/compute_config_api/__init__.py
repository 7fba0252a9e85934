"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.compute_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_compute_instance_type,
        create_compute_config,
        delete_compute_config,
        describe_compute_config,
        list_compute_config,
        list_compute_instance_types,
        remove_compute_instance_type,
        update_compute_config,
    )

_OPERATIONS = frozenset(
    {
        "list_compute_config",
        "create_compute_config",
        "describe_compute_config",
        "delete_compute_config",
        "update_compute_config",
        "add_compute_instance_type",
        "remove_compute_instance_type",
        "list_compute_instance_types",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "add_compute_instance_type",
    "create_compute_config",
    "delete_compute_config",
    "describe_compute_config",
    "list_compute_config",
    "list_compute_instance_types",
    "remove_compute_instance_type",
    "update_compute_config",
)
