"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.storage_options_templates import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_storage_options_template,
        delete_storage_options_template,
        get_storage_options_template,
        list_storage_options_templates,
        update_storage_options_template,
    )

_OPERATIONS = frozenset(
    {
        "get_storage_options_template",
        "update_storage_options_template",
        "delete_storage_options_template",
        "list_storage_options_templates",
        "create_storage_options_template",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_storage_options_template",
    "delete_storage_options_template",
    "get_storage_options_template",
    "list_storage_options_templates",
    "update_storage_options_template",
)
