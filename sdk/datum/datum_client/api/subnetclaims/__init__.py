"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.subnetclaims import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_subnet_claim,
        delete_subnet_claim,
        delete_subnet_claim_collection,
        list_subnet_claims,
        list_subnet_claims_for_all_namespaces,
        patch_subnet_claim,
        patch_subnet_claim_status,
        read_subnet_claim,
        read_subnet_claim_status,
        replace_subnet_claim,
        replace_subnet_claim_status,
    )

_OPERATIONS = frozenset(
    {
        "list_subnet_claims",
        "create_subnet_claim",
        "delete_subnet_claim_collection",
        "read_subnet_claim",
        "replace_subnet_claim",
        "delete_subnet_claim",
        "patch_subnet_claim",
        "read_subnet_claim_status",
        "replace_subnet_claim_status",
        "patch_subnet_claim_status",
        "list_subnet_claims_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_subnet_claim",
    "delete_subnet_claim",
    "delete_subnet_claim_collection",
    "list_subnet_claims",
    "list_subnet_claims_for_all_namespaces",
    "patch_subnet_claim",
    "patch_subnet_claim_status",
    "read_subnet_claim",
    "read_subnet_claim_status",
    "replace_subnet_claim",
    "replace_subnet_claim_status",
)
