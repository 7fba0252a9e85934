"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.identity_provider_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_identity_provider,
        delete_identity_provider,
        describe_identity_provider,
        list_identity_providers,
        update_identity_provider,
        verify_identity_provider,
    )

_OPERATIONS = frozenset(
    {
        "list_identity_providers",
        "create_identity_provider",
        "describe_identity_provider",
        "verify_identity_provider",
        "delete_identity_provider",
        "update_identity_provider",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_identity_provider",
    "delete_identity_provider",
    "describe_identity_provider",
    "list_identity_providers",
    "update_identity_provider",
    "verify_identity_provider",
)
