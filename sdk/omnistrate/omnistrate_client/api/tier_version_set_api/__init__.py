"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.tier_version_set_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_tier_version_set,
        deprecate_tier_version_set,
        describe_tier_version_set,
        diff_tier_version_sets,
        list_tier_version_sets,
        promote_tier_version_set,
        release_tier_version_set,
    )

_OPERATIONS = frozenset(
    {
        "list_tier_version_sets",
        "create_tier_version_set",
        "describe_tier_version_set",
        "deprecate_tier_version_set",
        "diff_tier_version_sets",
        "promote_tier_version_set",
        "release_tier_version_set",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_tier_version_set",
    "deprecate_tier_version_set",
    "describe_tier_version_set",
    "diff_tier_version_sets",
    "list_tier_version_sets",
    "promote_tier_version_set",
    "release_tier_version_set",
)
