"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.service_accounts import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_service_account,
        delete_service_account,
        get_service_account,
        get_service_account_token,
        list_tenant_service_accounts,
    )

_OPERATIONS = frozenset(
    {
        "get_service_account",
        "delete_service_account",
        "get_service_account_token",
        "list_tenant_service_accounts",
        "create_service_account",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_service_account",
    "delete_service_account",
    "get_service_account",
    "get_service_account_token",
    "list_tenant_service_accounts",
)
