"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.resource_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_file,
        add_resource_dependency,
        create_resource,
        delete_resource,
        deprecate_resource,
        deregister_action_hook,
        deregister_resource_metrics_config,
        describe_resource,
        describe_resource_metrics_config,
        disable_resource_capability,
        enable_resource_capability,
        get_file,
        list_action_hooks,
        list_dependent_resource,
        list_files,
        list_resource_capabilities,
        list_resources,
        register_action_hook,
        register_resource_metrics_config,
        remove_file,
        remove_resource_dependency,
        set_environment_variables,
        unset_environment_variables,
        update_file_content,
        update_file_metadata,
        update_resource,
    )

_OPERATIONS = frozenset(
    {
        "list_resources",
        "create_resource",
        "describe_resource",
        "delete_resource",
        "update_resource",
        "list_action_hooks",
        "register_action_hook",
        "deregister_action_hook",
        "list_resource_capabilities",
        "enable_resource_capability",
        "disable_resource_capability",
        "list_dependent_resource",
        "deprecate_resource",
        "unset_environment_variables",
        "set_environment_variables",
        "list_files",
        "add_file",
        "get_file",
        "remove_file",
        "update_file_content",
        "update_file_metadata",
        "describe_resource_metrics_config",
        "register_resource_metrics_config",
        "deregister_resource_metrics_config",
        "add_resource_dependency",
        "remove_resource_dependency",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "add_file",
    "add_resource_dependency",
    "create_resource",
    "delete_resource",
    "deprecate_resource",
    "deregister_action_hook",
    "deregister_resource_metrics_config",
    "describe_resource",
    "describe_resource_metrics_config",
    "disable_resource_capability",
    "enable_resource_capability",
    "get_file",
    "list_action_hooks",
    "list_dependent_resource",
    "list_files",
    "list_resource_capabilities",
    "list_resources",
    "register_action_hook",
    "register_resource_metrics_config",
    "remove_file",
    "remove_resource_dependency",
    "set_environment_variables",
    "unset_environment_variables",
    "update_file_content",
    "update_file_metadata",
    "update_resource",
)
