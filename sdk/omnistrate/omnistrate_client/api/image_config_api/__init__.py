"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.image_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_image_config,
        delete_image_config,
        describe_image_config,
        list_image_configs,
        release_image_config,
        rollout_fleet_image_config,
        rollout_fleet_image_status,
        update_image_config,
    )

_OPERATIONS = frozenset(
    {
        "create_image_config",
        "describe_image_config",
        "delete_image_config",
        "update_image_config",
        "release_image_config",
        "rollout_fleet_image_status",
        "rollout_fleet_image_config",
        "list_image_configs",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_image_config",
    "delete_image_config",
    "describe_image_config",
    "list_image_configs",
    "release_image_config",
    "rollout_fleet_image_config",
    "rollout_fleet_image_status",
    "update_image_config",
)
