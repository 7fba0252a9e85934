"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.projects import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_project,
        delete_project,
        delete_project_collection,
        list_projects,
        patch_project,
        patch_project_status,
        read_project,
        read_project_status,
        replace_project,
        replace_project_status,
    )

_OPERATIONS = frozenset(
    {
        "list_projects",
        "create_project",
        "delete_project_collection",
        "read_project",
        "replace_project",
        "delete_project",
        "patch_project",
        "read_project_status",
        "replace_project_status",
        "patch_project_status",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_project",
    "delete_project",
    "delete_project_collection",
    "list_projects",
    "patch_project",
    "patch_project_status",
    "read_project",
    "read_project_status",
    "replace_project",
    "replace_project_status",
)
