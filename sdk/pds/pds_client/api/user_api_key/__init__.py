"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.user_api_key import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_user_api_key, delete_user_api_key, get_user_api_key, list_user_api_keys, patch_user_api_key

_OPERATIONS = frozenset(
    {
        "list_user_api_keys",
        "create_user_api_key",
        "get_user_api_key",
        "delete_user_api_key",
        "patch_user_api_key",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_user_api_key",
    "delete_user_api_key",
    "get_user_api_key",
    "list_user_api_keys",
    "patch_user_api_key",
)
