"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.backup_policies import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_backup_policy,
        delete_backup_policy,
        get_backup_policy,
        list_backup_policies,
        update_backup_policy,
    )

_OPERATIONS = frozenset(
    {
        "get_backup_policy",
        "update_backup_policy",
        "delete_backup_policy",
        "list_backup_policies",
        "create_backup_policy",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_backup_policy",
    "delete_backup_policy",
    "get_backup_policy",
    "list_backup_policies",
    "update_backup_policy",
)
