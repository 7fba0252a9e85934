"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.deployment_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_deployment_config,
        delete_deployment_config,
        describe_deployment_config,
        list_deployment_configs,
        update_deployment_config,
    )

_OPERATIONS = frozenset(
    {
        "list_deployment_configs",
        "create_deployment_config",
        "describe_deployment_config",
        "delete_deployment_config",
        "update_deployment_config",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_deployment_config",
    "delete_deployment_config",
    "describe_deployment_config",
    "list_deployment_configs",
    "update_deployment_config",
)
