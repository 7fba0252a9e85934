"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from omnistrate_client.api.account_config_api import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        account_config_identity_id,
        create_account_config,
        delete_account_config,
        describe_account_config,
        describe_account_config_by_aws_account_id,
        describe_account_config_by_azure_subscription_id,
        describe_account_config_by_gcp_project_id,
        list_account_config,
        list_byoa_config,
        verify_account_config,
    )

_OPERATIONS = frozenset(
    {
        "create_account_config",
        "describe_account_config",
        "delete_account_config",
        "describe_account_config_by_aws_account_id",
        "describe_account_config_by_azure_subscription_id",
        "list_byoa_config",
        "list_account_config",
        "describe_account_config_by_gcp_project_id",
        "account_config_identity_id",
        "verify_account_config",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "account_config_identity_id",
    "create_account_config",
    "delete_account_config",
    "describe_account_config",
    "describe_account_config_by_aws_account_id",
    "describe_account_config_by_azure_subscription_id",
    "describe_account_config_by_gcp_project_id",
    "list_account_config",
    "list_byoa_config",
    "verify_account_config",
)
