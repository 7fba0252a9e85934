"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.backup_targets import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_backup_target,
        delete_backup_target,
        get_backup_target,
        list_backup_target_states,
        list_project_backup_targets,
        list_tenant_backup_targets,
        retry_backup_target_sync,
        update_backup_target,
    )

_OPERATIONS = frozenset(
    {
        "get_backup_target",
        "update_backup_target",
        "delete_backup_target",
        "retry_backup_target_sync",
        "list_backup_target_states",
        "list_project_backup_targets",
        "list_tenant_backup_targets",
        "create_backup_target",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_backup_target",
    "delete_backup_target",
    "get_backup_target",
    "list_backup_target_states",
    "list_project_backup_targets",
    "list_tenant_backup_targets",
    "retry_backup_target_sync",
    "update_backup_target",
)
