"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.image_registry_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_image_registry,
        delete_image_registry,
        describe_image_registry,
        list_image_registry,
        update_image_registry,
    )

_OPERATIONS = frozenset(
    {
        "list_image_registry",
        "create_image_registry",
        "describe_image_registry",
        "delete_image_registry",
        "update_image_registry",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_image_registry",
    "delete_image_registry",
    "describe_image_registry",
    "list_image_registry",
    "update_image_registry",
)
