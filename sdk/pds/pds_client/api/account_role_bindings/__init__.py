"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.account_role_bindings import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_account_invitation,
        delete_account_role_binding,
        list_account_role_bindings,
        list_user_account_role_bindings,
        upsert_account_role_binding,
    )

_OPERATIONS = frozenset(
    {
        "create_account_invitation",
        "list_account_role_bindings",
        "upsert_account_role_binding",
        "delete_account_role_binding",
        "list_user_account_role_bindings",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_account_invitation",
    "delete_account_role_binding",
    "list_account_role_bindings",
    "list_user_account_role_bindings",
    "upsert_account_role_binding",
)
