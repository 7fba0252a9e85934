"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.product_tier_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        copy_product_tier,
        create_product_tier,
        delete_product_tier,
        describe_product_tier,
        disable_product_tier_feature,
        enable_product_tier_feature,
        list_product_tier,
        update_product_tier,
    )

_OPERATIONS = frozenset(
    {
        "list_product_tier",
        "create_product_tier",
        "describe_product_tier",
        "delete_product_tier",
        "update_product_tier",
        "enable_product_tier_feature",
        "disable_product_tier_feature",
        "copy_product_tier",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "copy_product_tier",
    "create_product_tier",
    "delete_product_tier",
    "describe_product_tier",
    "disable_product_tier_feature",
    "enable_product_tier_feature",
    "list_product_tier",
    "update_product_tier",
)
