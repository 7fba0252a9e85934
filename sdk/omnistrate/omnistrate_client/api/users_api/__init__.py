"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.users_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        customer_delete_user,
        customer_invite_user,
        customer_login_with_identity_provider,
        customer_reset_password,
        customer_signin,
        customer_signup,
        delete_user,
        describe_user,
        describe_users_by_org,
        invite_user,
        logout,
        revoke_user_role,
        update_password,
        update_user,
    )

_OPERATIONS = frozenset(
    {
        "customer_delete_user",
        "customer_invite_user",
        "customer_login_with_identity_provider",
        "customer_reset_password",
        "customer_signin",
        "customer_signup",
        "invite_user",
        "logout",
        "describe_users_by_org",
        "revoke_user_role",
        "update_password",
        "describe_user",
        "delete_user",
        "update_user",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "customer_delete_user",
    "customer_invite_user",
    "customer_login_with_identity_provider",
    "customer_reset_password",
    "customer_signin",
    "customer_signup",
    "delete_user",
    "describe_user",
    "describe_users_by_org",
    "invite_user",
    "logout",
    "revoke_user_role",
    "update_password",
    "update_user",
)
