"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.service_model_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_account_config_to_service_model,
        copy_service_model,
        create_service_model,
        delete_service_model,
        describe_service_model,
        disable_service_model_feature,
        enable_service_model_feature,
        list_service_model,
        release_service_model_status,
        remove_account_config_from_service_model,
        set_active_account_config,
        update_service_model,
    )

_OPERATIONS = frozenset(
    {
        "create_service_model",
        "describe_service_model",
        "delete_service_model",
        "update_service_model",
        "add_account_config_to_service_model",
        "remove_account_config_from_service_model",
        "set_active_account_config",
        "enable_service_model_feature",
        "disable_service_model_feature",
        "release_service_model_status",
        "copy_service_model",
        "list_service_model",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "add_account_config_to_service_model",
    "copy_service_model",
    "create_service_model",
    "delete_service_model",
    "describe_service_model",
    "disable_service_model_feature",
    "enable_service_model_feature",
    "list_service_model",
    "release_service_model_status",
    "remove_account_config_from_service_model",
    "set_active_account_config",
    "update_service_model",
)
