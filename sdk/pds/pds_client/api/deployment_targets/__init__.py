"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.deployment_targets import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_deployment_target,
        delete_deployment_target,
        get_deployment_target,
        get_deployment_target_config,
        get_deployment_target_credentials,
        list_project_deployment_targets,
        list_tenant_deployment_targets,
        patch_deployment_target,
        patch_deployment_target_agent_metadata,
        send_deployment_target_heartbeat,
        send_deployment_target_operator_heartbeat,
        update_deployment_target,
        update_deployment_target_capabilities,
        update_deployment_target_metadata,
        update_deployment_target_operator_metadata,
    )

_OPERATIONS = frozenset(
    {
        "get_deployment_target",
        "update_deployment_target",
        "delete_deployment_target",
        "patch_deployment_target",
        "patch_deployment_target_agent_metadata",
        "get_deployment_target_config",
        "get_deployment_target_credentials",
        "send_deployment_target_heartbeat",
        "update_deployment_target_metadata",
        "send_deployment_target_operator_heartbeat",
        "update_deployment_target_operator_metadata",
        "update_deployment_target_capabilities",
        "list_project_deployment_targets",
        "list_tenant_deployment_targets",
        "create_deployment_target",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_deployment_target",
    "delete_deployment_target",
    "get_deployment_target",
    "get_deployment_target_config",
    "get_deployment_target_credentials",
    "list_project_deployment_targets",
    "list_tenant_deployment_targets",
    "patch_deployment_target",
    "patch_deployment_target_agent_metadata",
    "send_deployment_target_heartbeat",
    "send_deployment_target_operator_heartbeat",
    "update_deployment_target",
    "update_deployment_target_capabilities",
    "update_deployment_target_metadata",
    "update_deployment_target_operator_metadata",
)
