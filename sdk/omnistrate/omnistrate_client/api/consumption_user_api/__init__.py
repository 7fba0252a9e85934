"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.consumption_user_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        consumption_invite_user,
        consumption_revoke_user_role,
        consumption_signin,
        describe_user_billing_details,
        describe_users_by_subscription,
        list_all_subscription_users,
    )

_OPERATIONS = frozenset(
    {
        "list_all_subscription_users",
        "consumption_invite_user",
        "consumption_revoke_user_role",
        "describe_users_by_subscription",
        "describe_user_billing_details",
        "consumption_signin",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "consumption_invite_user",
    "consumption_revoke_user_role",
    "consumption_signin",
    "describe_user_billing_details",
    "describe_users_by_subscription",
    "list_all_subscription_users",
)
