"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.deployments import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_deployment,
        create_project_deployment,
        delete_deployment,
        get_deployment,
        get_deployment_connection_info,
        get_deployment_credentials,
        get_deployment_status,
        list_project_deployments,
        update_deployment,
    )

_OPERATIONS = frozenset(
    {
        "create_deployment",
        "get_deployment",
        "update_deployment",
        "delete_deployment",
        "get_deployment_connection_info",
        "get_deployment_credentials",
        "get_deployment_status",
        "list_project_deployments",
        "create_project_deployment",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_deployment",
    "create_project_deployment",
    "delete_deployment",
    "get_deployment",
    "get_deployment_connection_info",
    "get_deployment_credentials",
    "get_deployment_status",
    "list_project_deployments",
    "update_deployment",
)
