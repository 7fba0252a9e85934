"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.input_parameter_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_input_parameter,
        delete_input_parameter,
        describe_input_parameter,
        list_input_parameter,
        update_input_parameter,
    )

_OPERATIONS = frozenset(
    {
        "create_input_parameter",
        "describe_input_parameter",
        "delete_input_parameter",
        "update_input_parameter",
        "list_input_parameter",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_input_parameter",
    "delete_input_parameter",
    "describe_input_parameter",
    "list_input_parameter",
    "update_input_parameter",
)
