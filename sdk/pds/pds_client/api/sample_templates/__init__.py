"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.sample_templates import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        list_application_configuration_samples,
        list_backup_policy_samples,
        list_resource_settings_samples,
        list_storage_options_samples,
    )

_OPERATIONS = frozenset(
    {
        "list_application_configuration_samples",
        "list_backup_policy_samples",
        "list_resource_settings_samples",
        "list_storage_options_samples",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "list_application_configuration_samples",
    "list_backup_policy_samples",
    "list_resource_settings_samples",
    "list_storage_options_samples",
)
