"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.gatewayclasses import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_gateway_class,
        delete_gateway_class,
        delete_gateway_class_collection,
        list_gateway_classes,
        patch_gateway_class,
        patch_gateway_class_status,
        read_gateway_class,
        read_gateway_class_status,
        replace_gateway_class,
        replace_gateway_class_status,
    )

_OPERATIONS = frozenset(
    {
        "list_gateway_classes",
        "create_gateway_class",
        "delete_gateway_class_collection",
        "read_gateway_class",
        "replace_gateway_class",
        "delete_gateway_class",
        "patch_gateway_class",
        "read_gateway_class_status",
        "replace_gateway_class_status",
        "patch_gateway_class_status",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_gateway_class",
    "delete_gateway_class",
    "delete_gateway_class_collection",
    "list_gateway_classes",
    "patch_gateway_class",
    "patch_gateway_class_status",
    "read_gateway_class",
    "read_gateway_class_status",
    "replace_gateway_class",
    "replace_gateway_class_status",
)
