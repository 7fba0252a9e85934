"""Contains endpoint functions for accessing the API.

Operation modules load on first use: `from datahub_client.api.sensor_credentials import <operation>`
imports only that operation and its models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        check_sensor_credential,
        create_sensor_credential,
        delete_sensor_credential,
        delete_sensor_credential_attribute,
        delete_sensor_credential_permission,
        get_sensor_credential_attributes,
        get_sensor_credential_permission,
        list_sensor_credential_permissions,
        list_sensor_credential_scopes,
        list_sensor_credentials,
        patch_sensor_credential_attributes,
        put_sensor_credential_attribute,
        put_sensor_credential_permission,
        rotate_sensor_credential,
    )

_OPERATIONS = frozenset(
    {
        "list_sensor_credentials",
        "check_sensor_credential",
        "create_sensor_credential",
        "delete_sensor_credential",
        "list_sensor_credential_scopes",
        "list_sensor_credential_permissions",
        "get_sensor_credential_permission",
        "put_sensor_credential_permission",
        "delete_sensor_credential_permission",
        "get_sensor_credential_attributes",
        "patch_sensor_credential_attributes",
        "put_sensor_credential_attribute",
        "delete_sensor_credential_attribute",
        "rotate_sensor_credential",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_OPERATIONS})


__all__ = (
    "check_sensor_credential",
    "create_sensor_credential",
    "delete_sensor_credential",
    "delete_sensor_credential_attribute",
    "delete_sensor_credential_permission",
    "get_sensor_credential_attributes",
    "get_sensor_credential_permission",
    "list_sensor_credential_permissions",
    "list_sensor_credential_scopes",
    "list_sensor_credentials",
    "patch_sensor_credential_attributes",
    "put_sensor_credential_attribute",
    "put_sensor_credential_permission",
    "rotate_sensor_credential",
)
