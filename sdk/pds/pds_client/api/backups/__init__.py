"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.backups import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_backup,
        delete_backup,
        delete_backup_job_by_name,
        get_backup,
        list_backup_target_backups,
        list_deployment_backups,
        update_backup,
    )

_OPERATIONS = frozenset(
    {
        "list_backup_target_backups",
        "get_backup",
        "update_backup",
        "delete_backup",
        "delete_backup_job_by_name",
        "list_deployment_backups",
        "create_backup",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_backup",
    "delete_backup",
    "delete_backup_job_by_name",
    "get_backup",
    "list_backup_target_backups",
    "list_deployment_backups",
    "update_backup",
)
