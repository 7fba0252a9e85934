"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.workloaddeployments import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_workload_deployment,
        delete_workload_deployment,
        delete_workload_deployment_collection,
        list_workload_deployments,
        list_workload_deployments_for_all_namespaces,
        patch_workload_deployment,
        patch_workload_deployment_status,
        read_workload_deployment,
        read_workload_deployment_status,
        replace_workload_deployment,
        replace_workload_deployment_status,
    )

_OPERATIONS = frozenset(
    {
        "list_workload_deployments",
        "create_workload_deployment",
        "delete_workload_deployment_collection",
        "read_workload_deployment",
        "replace_workload_deployment",
        "delete_workload_deployment",
        "patch_workload_deployment",
        "read_workload_deployment_status",
        "replace_workload_deployment_status",
        "patch_workload_deployment_status",
        "list_workload_deployments_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_workload_deployment",
    "delete_workload_deployment",
    "delete_workload_deployment_collection",
    "list_workload_deployments",
    "list_workload_deployments_for_all_namespaces",
    "patch_workload_deployment",
    "patch_workload_deployment_status",
    "read_workload_deployment",
    "read_workload_deployment_status",
    "replace_workload_deployment",
    "replace_workload_deployment_status",
)
