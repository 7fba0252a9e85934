"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.backup_jobs import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import delete_backup_job, get_backup_job, list_backup_jobs, list_project_backup_jobs, upsert_backup_job

_OPERATIONS = frozenset(
    {
        "get_backup_job",
        "upsert_backup_job",
        "delete_backup_job",
        "list_backup_jobs",
        "list_project_backup_jobs",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "delete_backup_job",
    "get_backup_job",
    "list_backup_jobs",
    "list_project_backup_jobs",
    "upsert_backup_job",
)
