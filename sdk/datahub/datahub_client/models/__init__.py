"""Contains all the data models used in inputs/outputs.

Models load on first use (`from datahub_client.models import X` imports only X's module), so
importing the package stays cheap however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attribute_patch import AttributePatch
    from .attributes import Attributes
    from .created_resource import CreatedResource
    from .error import Error
    from .group_permission import GroupPermission
    from .group_principal import GroupPrincipal
    from .group_scope import GroupScope
    from .named_group_permission import NamedGroupPermission
    from .named_project_permission import NamedProjectPermission
    from .named_sensor_credential_permission import NamedSensorCredentialPermission
    from .named_tenant_permission import NamedTenantPermission
    from .project_permission import ProjectPermission
    from .project_scope import ProjectScope
    from .scope import Scope
    from .scope_set import ScopeSet
    from .sensor_credential_permission import SensorCredentialPermission
    from .sensor_credential_scope import SensorCredentialScope
    from .sensor_credential_secret import SensorCredentialSecret
    from .tenant_permission import TenantPermission
    from .tenant_principal import TenantPrincipal
    from .tenant_scope import TenantScope
    from .user_principal import UserPrincipal

_MODULES = {
    "AttributePatch": ".attribute_patch",
    "Attributes": ".attributes",
    "CreatedResource": ".created_resource",
    "Error": ".error",
    "GroupPermission": ".group_permission",
    "GroupPrincipal": ".group_principal",
    "GroupScope": ".group_scope",
    "NamedGroupPermission": ".named_group_permission",
    "NamedProjectPermission": ".named_project_permission",
    "NamedSensorCredentialPermission": ".named_sensor_credential_permission",
    "NamedTenantPermission": ".named_tenant_permission",
    "ProjectPermission": ".project_permission",
    "ProjectScope": ".project_scope",
    "Scope": ".scope",
    "ScopeSet": ".scope_set",
    "SensorCredentialPermission": ".sensor_credential_permission",
    "SensorCredentialScope": ".sensor_credential_scope",
    "SensorCredentialSecret": ".sensor_credential_secret",
    "TenantPermission": ".tenant_permission",
    "TenantPrincipal": ".tenant_principal",
    "TenantScope": ".tenant_scope",
    "UserPrincipal": ".user_principal",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__: tuple[str, ...] = (
    "AttributePatch",
    "Attributes",
    "CreatedResource",
    "Error",
    "GroupPermission",
    "GroupPrincipal",
    "GroupScope",
    "NamedGroupPermission",
    "NamedProjectPermission",
    "NamedSensorCredentialPermission",
    "NamedTenantPermission",
    "ProjectPermission",
    "ProjectScope",
    "Scope",
    "ScopeSet",
    "SensorCredentialPermission",
    "SensorCredentialScope",
    "SensorCredentialSecret",
    "TenantPermission",
    "TenantPrincipal",
    "TenantScope",
    "UserPrincipal",
)
