"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.infra_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_infra_config,
        delete_infra_config,
        describe_infra_config,
        detach_compute_config,
        detach_network_config,
        detach_storage_config,
        list_associated_resources,
        list_infra_config,
        release_infra_config,
        rollout_fleet_infra,
        rollout_fleet_infra_status,
        update_infra_config,
    )

_OPERATIONS = frozenset(
    {
        "create_infra_config",
        "describe_infra_config",
        "delete_infra_config",
        "update_infra_config",
        "list_associated_resources",
        "detach_compute_config",
        "detach_network_config",
        "release_infra_config",
        "rollout_fleet_infra",
        "rollout_fleet_infra_status",
        "detach_storage_config",
        "list_infra_config",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_infra_config",
    "delete_infra_config",
    "describe_infra_config",
    "detach_compute_config",
    "detach_network_config",
    "detach_storage_config",
    "list_associated_resources",
    "list_infra_config",
    "release_infra_config",
    "rollout_fleet_infra",
    "rollout_fleet_infra_status",
    "update_infra_config",
)
