"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from pds_client.api.events import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_deployment_events, get_deployment_events, get_latest_event_timestamp

_OPERATIONS = frozenset(
    {
        "add_deployment_events",
        "get_latest_event_timestamp",
        "get_deployment_events",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "add_deployment_events",
    "get_deployment_events",
    "get_latest_event_timestamp",
)
