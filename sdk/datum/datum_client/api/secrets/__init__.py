"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.secrets import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_secret,
        delete_secret,
        delete_secret_collection,
        list_secrets,
        list_secrets_for_all_namespaces,
        patch_secret,
        read_secret,
        replace_secret,
    )

_OPERATIONS = frozenset(
    {
        "list_secrets",
        "create_secret",
        "delete_secret_collection",
        "read_secret",
        "replace_secret",
        "delete_secret",
        "patch_secret",
        "list_secrets_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_secret",
    "delete_secret",
    "delete_secret_collection",
    "list_secrets",
    "list_secrets_for_all_namespaces",
    "patch_secret",
    "read_secret",
    "replace_secret",
)
