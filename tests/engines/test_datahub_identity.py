"""Data HUB identity in the mock: unsigned JWTs, realm administrators, known users, state per instance."""

from __future__ import annotations

import httpx
import jwt
import pytest
from datahub_client import AuthenticatedClient
from datahub_client.api.projects import check_project, create_project, put_project_permission
from datahub_client.api.tenants import check_tenant, create_tenant, list_tenant_scopes, list_tenants
from datahub_client.models import Error, ProjectPermission, ProjectScope

from mockserver import DEFAULT_TOKEN, create_app, make_token
from mockserver.request import Request
from mockserver.testing import admin_headers

from .datahub_support import client, granted, make_project, make_tenant, names, raw, token, user


def unsigned(claims: dict[str, object]) -> str:
    return jwt.encode(claims, key=None, algorithm="none")


@pytest.mark.parametrize(
    "bearer",
    [
        None,
        "not-a-jwt",
        make_token("alice", ["acme:dev"], audience=["account"]),
        make_token("alice", ["acme:dev"], audience=[]),
        unsigned({"aud": "data-hub", "groups": []}),  # no sub
        unsigned({"sub": "alice", "aud": ["data-hub"], "groups": "acme:dev"}),
    ],
)
def test_a_missing_or_invalid_token_is_401_with_a_bearer_challenge(
    datahub_url: str, admin: AuthenticatedClient, bearer: str | None
) -> None:
    make_tenant(admin, "acme")
    for method, path in (("GET", "/tenants"), ("GET", "/tenants/acme"), ("PUT", "/tenants/acme/widgets/w")):
        response = raw(method, datahub_url + path, bearer)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        assert isinstance(response.json()["error"], str)


def test_aud_may_be_a_string_or_a_list_containing_data_hub(datahub_url: str) -> None:
    for audience in ("data-hub", ["account", "data-hub"]):
        bearer = unsigned({"sub": "alice", "aud": audience, "groups": []})
        assert raw("GET", f"{datahub_url}/tenants", bearer).status_code == 200


def test_groups_claim_names_memberships_as_tenant_colon_group(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme")
    make_tenant(admin, "globex")
    member = client(datahub_url, "alice", "acme:dev", "globex:ops")  # any group makes a tenant member
    assert names(list_tenants.sync_detailed(client=member).parsed) == ["acme", "globex"]
    tenant_admin = client(datahub_url, "bob", "acme:admin")
    assert create_project_status(tenant_admin) == 201
    not_a_membership = client(datahub_url, "carol", "acme", "admin")
    assert list_tenants.sync_detailed(client=not_a_membership).parsed == []


def create_project_status(caller: AuthenticatedClient) -> int:
    return int(create_project.sync_detailed("acme", "apollo", client=caller).status_code)


def test_the_manage_realm_role_makes_a_realm_administrator(datahub_url: str) -> None:
    root = client(datahub_url, "root", realm_admin=True)
    assert create_tenant.sync_detailed("acme", client=root).status_code == 201
    scopes = list_tenant_scopes.sync_detailed("acme", client=root).parsed
    assert granted(scopes) == ["tenant:view", "tenant:admin"]
    other_client_role = unsigned(
        {"sub": "eve", "aud": "data-hub", "resource_access": {"account": {"roles": ["manage-realm"]}}}
    )
    assert raw("PUT", f"{datahub_url}/tenants/globex", other_client_role).status_code == 403


def test_the_configured_token_acts_as_a_realm_administrator(datahub_url: str) -> None:
    admin = AuthenticatedClient(base_url=datahub_url, token=DEFAULT_TOKEN)
    assert create_tenant.sync_detailed("acme", client=admin).status_code == 201
    assert check_tenant.sync_detailed("acme", client=admin).status_code == 204


def test_a_user_is_known_once_it_presented_a_token(datahub_url: str, admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    body = ProjectPermission(scopes=[ProjectScope.PROJECTVIEW], principals=[user("dave")])
    unknown = put_project_permission.sync_detailed("acme", "apollo", "dave", client=admin, body=body)
    assert unknown.status_code == 404
    assert isinstance(unknown.parsed, Error)
    assert raw("GET", f"{datahub_url}/tenants", token("dave")).status_code == 200
    assert (
        put_project_permission.sync_detailed("acme", "apollo", "dave", client=admin, body=body).status_code
        == 201
    )


def test_the_latest_token_of_a_user_decides_its_memberships(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    tenant_admin = client(datahub_url, "alice", "acme:admin")
    body = ProjectPermission(scopes=[ProjectScope.PROJECTVIEW], principals=[user("dave")])
    raw("GET", f"{datahub_url}/tenants", token("dave", "acme:dev"))
    # a tenant admin sees the users of its tenant
    assert (
        put_project_permission.sync_detailed(
            "acme", "apollo", "d1", client=tenant_admin, body=body
        ).status_code
        == 201
    )
    raw("GET", f"{datahub_url}/tenants", token("dave", "globex:ops"))  # dave left acme
    assert (
        put_project_permission.sync_detailed(
            "acme", "apollo", "d2", client=tenant_admin, body=body
        ).status_code
        == 404
    )
    raw("GET", f"{datahub_url}/tenants", token("dave", "acme:dev"))
    assert (
        put_project_permission.sync_detailed(
            "acme", "apollo", "d3", client=tenant_admin, body=body
        ).status_code
        == 201
    )


def test_access_follows_the_memberships_of_the_token_presented(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    assert (
        check_tenant.sync_detailed("acme", client=client(datahub_url, "dave", "acme:dev")).status_code == 204
    )
    assert check_tenant.sync_detailed("acme", client=client(datahub_url, "dave")).status_code == 404
    assert (
        check_project.sync_detailed(
            "acme", "apollo", client=client(datahub_url, "dave", "acme:admin")
        ).status_code
        == 204
    )


def test_reset_through_the_control_api_forgets_resources_and_users(
    mockserver_url: str, datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme")
    raw("GET", f"{datahub_url}/tenants", token("dave"))
    assert httpx.post(f"{mockserver_url}/__mock/reset", headers=admin_headers()).status_code == 204
    assert list_tenants.sync_detailed(client=admin).parsed == []
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    body = ProjectPermission(scopes=[ProjectScope.PROJECTVIEW], principals=[user("dave")])
    assert (
        put_project_permission.sync_detailed("acme", "apollo", "dave", client=admin, body=body).status_code
        == 404
    )


def test_state_belongs_to_one_server_instance() -> None:
    first, second = create_app(["datahub"]), create_app(["datahub"])
    auth = {"authorization": f"Bearer {DEFAULT_TOKEN}"}

    def status(app_handler_index: int, method: str, path: str) -> int:
        handler = (first, second)[app_handler_index].handlers[0]
        return handler.handle(Request(method, path, headers=dict(auth))).status

    assert status(0, "PUT", "/tenants/acme") == 201
    assert status(0, "GET", "/tenants/acme") == 204
    assert status(1, "GET", "/tenants/acme") == 404
    assert status(1, "PUT", "/tenants/acme") == 201
    first.handlers[0].reset()
    assert status(0, "GET", "/tenants/acme") == 404
    assert status(1, "GET", "/tenants/acme") == 204
