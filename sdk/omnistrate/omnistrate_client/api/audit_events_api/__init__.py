"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.audit_events_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        deprecated_describe_audit_event,
        deprecated_list_audit_events_for_instance,
        deprecated_list_audit_events_for_service_plan,
        describe_audit_event,
        list_all_audit_events,
        list_audit_events_for_instance,
        list_audit_events_for_service_plan,
    )

_OPERATIONS = frozenset(
    {
        "list_audit_events_for_instance",
        "deprecated_list_audit_events_for_instance",
        "list_audit_events_for_service_plan",
        "deprecated_list_audit_events_for_service_plan",
        "list_all_audit_events",
        "describe_audit_event",
        "deprecated_describe_audit_event",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "deprecated_describe_audit_event",
    "deprecated_list_audit_events_for_instance",
    "deprecated_list_audit_events_for_service_plan",
    "describe_audit_event",
    "list_all_audit_events",
    "list_audit_events_for_instance",
    "list_audit_events_for_service_plan",
)
