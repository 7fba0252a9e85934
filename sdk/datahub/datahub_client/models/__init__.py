"""Contains all the data models used in inputs/outputs"""

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

__all__ = (
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
