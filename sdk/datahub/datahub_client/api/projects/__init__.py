"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datahub_client.api.projects import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        check_project,
        create_project,
        delete_project,
        delete_project_attribute,
        delete_project_permission,
        get_project_attributes,
        get_project_permission,
        list_project_permissions,
        list_project_scopes,
        list_projects,
        patch_project_attributes,
        put_project_attribute,
        put_project_permission,
    )

_OPERATIONS = frozenset(
    {
        "list_projects",
        "check_project",
        "create_project",
        "delete_project",
        "list_project_scopes",
        "list_project_permissions",
        "get_project_permission",
        "put_project_permission",
        "delete_project_permission",
        "get_project_attributes",
        "patch_project_attributes",
        "put_project_attribute",
        "delete_project_attribute",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "check_project",
    "create_project",
    "delete_project",
    "delete_project_attribute",
    "delete_project_permission",
    "get_project_attributes",
    "get_project_permission",
    "list_project_permissions",
    "list_project_scopes",
    "list_projects",
    "patch_project_attributes",
    "put_project_attribute",
    "put_project_permission",
)
