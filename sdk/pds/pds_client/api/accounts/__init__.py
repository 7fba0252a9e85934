"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.accounts import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        accept_eula,
        create_account,
        get_account,
        list_account_role_invitations,
        list_account_users,
        list_accounts,
        update_account,
        update_account_global_config,
    )

_OPERATIONS = frozenset(
    {
        "list_accounts",
        "create_account",
        "get_account",
        "update_account",
        "list_account_role_invitations",
        "accept_eula",
        "update_account_global_config",
        "list_account_users",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "accept_eula",
    "create_account",
    "get_account",
    "list_account_role_invitations",
    "list_account_users",
    "list_accounts",
    "update_account",
    "update_account_global_config",
)
