"""Helpers of the Data HUB scenario tests: tokens, clients, raw requests, and a tenant to work in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
from datahub_client import AuthenticatedClient
from datahub_client.api.groups import create_group
from datahub_client.api.projects import create_project, put_project_permission
from datahub_client.api.sensor_credentials import create_sensor_credential
from datahub_client.api.tenants import create_tenant, put_tenant_permission
from datahub_client.models import (
    Error,
    GroupPrincipal,
    ProjectPermission,
    ProjectScope,
    ScopeSet,
    TenantPermission,
    TenantPrincipal,
    TenantScope,
    UserPrincipal,
)

from mockserver import make_token

Principal = GroupPrincipal | TenantPrincipal | UserPrincipal


def token(sub: str, *groups: str, realm_admin: bool = False) -> str:
    """An unsigned Data HUB token for user `sub`, member of `groups` ("{tenant}:{group}")."""
    return make_token(sub, groups, realm_admin=realm_admin)


def client(url: str, sub: str, *groups: str, realm_admin: bool = False) -> AuthenticatedClient:
    """The SDK as user `sub` with these memberships."""
    return AuthenticatedClient(base_url=url, token=token(sub, *groups, realm_admin=realm_admin))


def raw(
    method: str,
    url: str,
    bearer: str | None,
    *,
    json: Any = None,
    content: bytes | None = None,
    content_type: str | None = None,
) -> httpx.Response:
    """A request the SDK cannot express (bad segments, unknown types or actions, bad bodies)."""
    headers = {"authorization": f"Bearer {bearer}"} if bearer is not None else {}
    if content_type is not None:
        headers["content-type"] = content_type
    return httpx.request(method, url, headers=headers, json=json, content=content)


def group(tenant: str, name: str) -> GroupPrincipal:
    return GroupPrincipal(type_="group", tenant=tenant, group=name)


def tenant_members(tenant: str) -> TenantPrincipal:
    return TenantPrincipal(type_="tenant", tenant=tenant)


def user(user_id: str) -> UserPrincipal:
    return UserPrincipal(type_="user", user_id=user_id)


def make_tenant(admin: AuthenticatedClient, tenant: str, *groups: str) -> None:
    """A tenant (with its `admin` group) and these further groups."""
    assert create_tenant.sync_detailed(tenant, client=admin).status_code == 201
    for name in groups:
        make_group(admin, tenant, name)


def make_group(admin: AuthenticatedClient, tenant: str, name: str) -> None:
    assert create_group.sync_detailed(tenant, name, client=admin).status_code == 201


def make_project(admin: AuthenticatedClient, tenant: str, project: str) -> None:
    assert create_project.sync_detailed(tenant, project, client=admin).status_code == 201


def make_credential(admin: AuthenticatedClient, tenant: str, project: str, credential: str) -> None:
    response = create_sensor_credential.sync_detailed(tenant, project, credential, client=admin)
    assert response.status_code == 200


def grant_on_tenant(
    admin: AuthenticatedClient, tenant: str, name: str, scopes: list[str], principals: Sequence[Principal]
) -> None:
    body = TenantPermission(scopes=[TenantScope(s) for s in scopes], principals=list(principals))
    response = put_tenant_permission.sync_detailed(tenant, name, client=admin, body=body)
    assert response.status_code in (201, 204), response.content


def grant_on_project(
    admin: AuthenticatedClient,
    project: tuple[str, str],
    name: str,
    scopes: list[str],
    principals: Sequence[Principal],
) -> None:
    """Permission `name` on project (tenant, project)."""
    body = ProjectPermission(scopes=[ProjectScope(s) for s in scopes], principals=list(principals))
    response = put_project_permission.sync_detailed(*project, name, client=admin, body=body)
    assert response.status_code in (201, 204), response.content


def names(parsed: Error | list[str] | None) -> list[str]:
    """The names a listing answered, sorted (the service's order is unspecified)."""
    assert isinstance(parsed, list), parsed
    return sorted(parsed)


def permissions_of(parsed: object) -> list[dict[str, Any]]:
    """A permission listing as JSON, sorted by name."""
    assert isinstance(parsed, list), parsed
    return sorted((p.to_dict() for p in parsed), key=lambda p: str(p["name"]))


def granted(parsed: Error | ScopeSet | None) -> list[str]:
    assert isinstance(parsed, ScopeSet), parsed
    return [str(scope) for scope in parsed.granted]


def valid(parsed: Error | ScopeSet | None) -> list[str]:
    """The `all` of a scope listing."""
    assert isinstance(parsed, ScopeSet), parsed
    return [str(scope) for scope in parsed.all_]
