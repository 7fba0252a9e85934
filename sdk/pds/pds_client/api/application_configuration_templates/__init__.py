"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.application_configuration_templates import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_application_configuration_template,
        delete_application_configuration_template,
        get_application_configuration_template,
        list_application_configuration_templates,
        update_application_configuration_template,
    )

_OPERATIONS = frozenset(
    {
        "get_application_configuration_template",
        "update_application_configuration_template",
        "delete_application_configuration_template",
        "list_application_configuration_templates",
        "create_application_configuration_template",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_application_configuration_template",
    "delete_application_configuration_template",
    "get_application_configuration_template",
    "list_application_configuration_templates",
    "update_application_configuration_template",
)
