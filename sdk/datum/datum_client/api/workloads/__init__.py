"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.workloads import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_workload,
        delete_workload,
        delete_workload_collection,
        list_workloads,
        list_workloads_for_all_namespaces,
        patch_workload,
        patch_workload_status,
        read_workload,
        read_workload_status,
        replace_workload,
        replace_workload_status,
    )

_OPERATIONS = frozenset(
    {
        "list_workloads",
        "create_workload",
        "delete_workload_collection",
        "read_workload",
        "replace_workload",
        "delete_workload",
        "patch_workload",
        "read_workload_status",
        "replace_workload_status",
        "patch_workload_status",
        "list_workloads_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_workload",
    "delete_workload",
    "delete_workload_collection",
    "list_workloads",
    "list_workloads_for_all_namespaces",
    "patch_workload",
    "patch_workload_status",
    "read_workload",
    "read_workload_status",
    "replace_workload",
    "replace_workload_status",
)
