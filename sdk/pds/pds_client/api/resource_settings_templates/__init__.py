"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.resource_settings_templates import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_resource_settings_template,
        delete_resource_settings_template,
        get_resource_settings_template,
        list_resource_settings_templates,
        update_resource_settings_template,
    )

_OPERATIONS = frozenset(
    {
        "get_resource_settings_template",
        "update_resource_settings_template",
        "delete_resource_settings_template",
        "list_resource_settings_templates",
        "create_resource_settings_template",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_resource_settings_template",
    "delete_resource_settings_template",
    "get_resource_settings_template",
    "list_resource_settings_templates",
    "update_resource_settings_template",
)
