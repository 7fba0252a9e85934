"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.service_identity import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_service_identity,
        delete_service_identity,
        generate_service_identity_token,
        get_service_identity,
        list_service_identities,
        regenerate_service_identity_credentials,
        update_service_identity,
    )

_OPERATIONS = frozenset(
    {
        "list_service_identities",
        "create_service_identity",
        "get_service_identity",
        "update_service_identity",
        "delete_service_identity",
        "regenerate_service_identity_credentials",
        "generate_service_identity_token",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_service_identity",
    "delete_service_identity",
    "generate_service_identity_token",
    "get_service_identity",
    "list_service_identities",
    "regenerate_service_identity_credentials",
    "update_service_identity",
)
