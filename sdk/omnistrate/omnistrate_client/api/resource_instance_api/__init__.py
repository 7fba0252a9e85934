"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.resource_instance_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_capacity_to_resource_instance,
        add_custom_dns_to_resource_instance,
        create_resource_instance,
        delete_resource_instance,
        describe_resource_instance,
        failover_resource_instance,
        generate_token_for_deployment_cell_dashboard,
        list_all_resource_instances,
        list_resource_instance_snapshots,
        list_resource_instances,
        remove_capacity_from_resource_instance,
        remove_custom_dns_from_resource_instance,
        resource_instance_provisioner_setup_kit,
        restart_resource_instance,
        restore_resource_instance,
        restore_resource_instance_from_snapshot,
        start_resource_instance,
        stop_resource_instance,
        update_account_config_resource_instance,
        update_resource_instance,
    )

_OPERATIONS = frozenset(
    {
        "list_all_resource_instances",
        "generate_token_for_deployment_cell_dashboard",
        "list_resource_instances",
        "create_resource_instance",
        "describe_resource_instance",
        "delete_resource_instance",
        "update_resource_instance",
        "add_capacity_to_resource_instance",
        "add_custom_dns_to_resource_instance",
        "remove_custom_dns_from_resource_instance",
        "failover_resource_instance",
        "remove_capacity_from_resource_instance",
        "restart_resource_instance",
        "restore_resource_instance",
        "list_resource_instance_snapshots",
        "start_resource_instance",
        "stop_resource_instance",
        "restore_resource_instance_from_snapshot",
        "resource_instance_provisioner_setup_kit",
        "update_account_config_resource_instance",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "add_capacity_to_resource_instance",
    "add_custom_dns_to_resource_instance",
    "create_resource_instance",
    "delete_resource_instance",
    "describe_resource_instance",
    "failover_resource_instance",
    "generate_token_for_deployment_cell_dashboard",
    "list_all_resource_instances",
    "list_resource_instance_snapshots",
    "list_resource_instances",
    "remove_capacity_from_resource_instance",
    "remove_custom_dns_from_resource_instance",
    "resource_instance_provisioner_setup_kit",
    "restart_resource_instance",
    "restore_resource_instance",
    "restore_resource_instance_from_snapshot",
    "start_resource_instance",
    "stop_resource_instance",
    "update_account_config_resource_instance",
    "update_resource_instance",
)
