"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datum_client.api.networkpolicies import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_network_policy,
        delete_network_policy,
        delete_network_policy_collection,
        list_network_policies,
        list_network_policies_for_all_namespaces,
        patch_network_policy,
        patch_network_policy_status,
        read_network_policy,
        read_network_policy_status,
        replace_network_policy,
        replace_network_policy_status,
    )

_OPERATIONS = frozenset(
    {
        "list_network_policies",
        "create_network_policy",
        "delete_network_policy_collection",
        "read_network_policy",
        "replace_network_policy",
        "delete_network_policy",
        "patch_network_policy",
        "read_network_policy_status",
        "replace_network_policy_status",
        "patch_network_policy_status",
        "list_network_policies_for_all_namespaces",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_network_policy",
    "delete_network_policy",
    "delete_network_policy_collection",
    "list_network_policies",
    "list_network_policies_for_all_namespaces",
    "patch_network_policy",
    "patch_network_policy_status",
    "read_network_policy",
    "read_network_policy_status",
    "replace_network_policy",
    "replace_network_policy_status",
)
