"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datahub_client.api.tenants import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        check_tenant,
        create_tenant,
        delete_tenant,
        delete_tenant_attribute,
        delete_tenant_permission,
        get_tenant_attributes,
        get_tenant_permission,
        list_tenant_permissions,
        list_tenant_scopes,
        list_tenants,
        patch_tenant_attributes,
        put_tenant_attribute,
        put_tenant_permission,
    )

_OPERATIONS = frozenset(
    {
        "list_tenants",
        "check_tenant",
        "create_tenant",
        "delete_tenant",
        "list_tenant_scopes",
        "list_tenant_permissions",
        "get_tenant_permission",
        "put_tenant_permission",
        "delete_tenant_permission",
        "get_tenant_attributes",
        "patch_tenant_attributes",
        "put_tenant_attribute",
        "delete_tenant_attribute",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "check_tenant",
    "create_tenant",
    "delete_tenant",
    "delete_tenant_attribute",
    "delete_tenant_permission",
    "get_tenant_attributes",
    "get_tenant_permission",
    "list_tenant_permissions",
    "list_tenant_scopes",
    "list_tenants",
    "patch_tenant_attributes",
    "put_tenant_attribute",
    "put_tenant_permission",
)
