"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datahub_client.api.groups import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        check_group,
        create_group,
        delete_group,
        delete_group_attribute,
        delete_group_permission,
        get_group_attributes,
        get_group_permission,
        list_group_permissions,
        list_group_scopes,
        list_groups,
        patch_group_attributes,
        put_group_attribute,
        put_group_permission,
    )

_OPERATIONS = frozenset(
    {
        "list_groups",
        "check_group",
        "create_group",
        "delete_group",
        "list_group_scopes",
        "list_group_permissions",
        "get_group_permission",
        "put_group_permission",
        "delete_group_permission",
        "get_group_attributes",
        "patch_group_attributes",
        "put_group_attribute",
        "delete_group_attribute",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "check_group",
    "create_group",
    "delete_group",
    "delete_group_attribute",
    "delete_group_permission",
    "get_group_attributes",
    "get_group_permission",
    "list_group_permissions",
    "list_group_scopes",
    "list_groups",
    "patch_group_attributes",
    "put_group_attribute",
    "put_group_permission",
)
