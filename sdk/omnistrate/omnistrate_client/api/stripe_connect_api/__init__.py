"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.stripe_connect_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import complete_o_auth_connection, get_stripe_authorize_url, revoke_o_auth_access

_OPERATIONS = frozenset(
    {
        "get_stripe_authorize_url",
        "complete_o_auth_connection",
        "revoke_o_auth_access",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "complete_o_auth_connection",
    "get_stripe_authorize_url",
    "revoke_o_auth_access",
)
