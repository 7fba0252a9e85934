"""A developer's program against the Data HUB SDK: a tenant, a project, a permission given with strings."""

from __future__ import annotations

from datahub_client import AuthenticatedClient, ResponseValidationError, errors
from datahub_client.api.projects import (
    create_project,
    delete_project,
    get_project_permission,
    list_projects,
    put_project_permission,
)
from datahub_client.api.tenants import create_tenant
from datahub_client.models import GroupPrincipal, ProjectPermission, ProjectScope


def main(base_url: str, token: str, tenant: str) -> list[str]:
    lines: list[str] = []
    with AuthenticatedClient(base_url=base_url, token=token) as client:
        create_tenant.sync_detailed(tenant, client=client)
        create_project.sync_detailed(tenant, "weather", client=client)
        lines.append(", ".join(sorted(list_projects.sync(tenant, client=client))))

        analysts = GroupPrincipal(type_="group", tenant=tenant, group="admin")
        # Scopes as the documented strings, or as enum members: both are accepted.
        viewers = ProjectPermission(scopes=["project:view", ProjectScope.PROJECTADMIN], principals=[analysts])
        put_project_permission.sync(tenant, "weather", "viewers", client=client, body=viewers)

        permission = get_project_permission.sync(tenant, "weather", "viewers", client=client)
        lines.append(" ".join(sorted(scope.value for scope in permission.scopes)))

        delete_project.sync_detailed(tenant, "weather", client=client)
        try:
            get_project_permission.sync(tenant, "weather", "viewers", client=client)
        except errors.NotFoundError as exc:
            lines.append(f"gone: {exc.status_code}")
        except ResponseValidationError as exc:
            lines.append(f"drift at {exc.path}")
    return lines
