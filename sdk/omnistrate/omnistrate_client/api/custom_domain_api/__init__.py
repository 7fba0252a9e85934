"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.custom_domain_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_custom_domain,
        custom_domain_identity_id,
        delete_custom_domain,
        describe_custom_domain,
        list_custom_domain,
        verify_custom_domain,
    )

_OPERATIONS = frozenset(
    {
        "list_custom_domain",
        "create_custom_domain",
        "describe_custom_domain",
        "delete_custom_domain",
        "custom_domain_identity_id",
        "verify_custom_domain",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_custom_domain",
    "custom_domain_identity_id",
    "delete_custom_domain",
    "describe_custom_domain",
    "list_custom_domain",
    "verify_custom_domain",
)
