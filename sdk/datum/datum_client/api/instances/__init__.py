"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.instances import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_instance,
        delete_instance,
        delete_instance_collection,
        list_instances,
        list_instances_for_all_namespaces,
        patch_instance,
        patch_instance_status,
        read_instance,
        read_instance_status,
        replace_instance,
        replace_instance_status,
    )

_OPERATIONS = frozenset(
    {
        "list_instances",
        "create_instance",
        "delete_instance_collection",
        "read_instance",
        "replace_instance",
        "delete_instance",
        "patch_instance",
        "read_instance_status",
        "replace_instance_status",
        "patch_instance_status",
        "list_instances_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_instance",
    "delete_instance",
    "delete_instance_collection",
    "list_instances",
    "list_instances_for_all_namespaces",
    "patch_instance",
    "patch_instance_status",
    "read_instance",
    "read_instance_status",
    "replace_instance",
    "replace_instance_status",
)
