"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.saas_portal_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_saa_s_portal_custom_domain,
        delete_saa_s_portal_custom_domain,
        list_saa_s_portal_custom_domains,
        list_saa_s_portals,
        update_saa_s_portal,
        update_saa_s_portal_custom_domain,
    )

_OPERATIONS = frozenset(
    {
        "list_saa_s_portals",
        "list_saa_s_portal_custom_domains",
        "create_saa_s_portal_custom_domain",
        "delete_saa_s_portal_custom_domain",
        "update_saa_s_portal_custom_domain",
        "update_saa_s_portal",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "create_saa_s_portal_custom_domain",
    "delete_saa_s_portal_custom_domain",
    "list_saa_s_portal_custom_domains",
    "list_saa_s_portals",
    "update_saa_s_portal",
    "update_saa_s_portal_custom_domain",
)
