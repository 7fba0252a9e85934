"""Data HUB resource tree: segment rule, create/check/list/delete, cascades, rotate, unmatched requests."""

from __future__ import annotations

import pytest
from datahub_client import AuthenticatedClient
from datahub_client.api.groups import check_group, create_group, delete_group, list_groups
from datahub_client.api.projects import (
    check_project,
    create_project,
    delete_project,
    get_project_attributes,
    list_project_permissions,
    list_projects,
    put_project_attribute,
)
from datahub_client.api.sensor_credentials import (
    check_sensor_credential,
    create_sensor_credential,
    delete_sensor_credential,
    list_sensor_credentials,
    rotate_sensor_credential,
)
from datahub_client.api.tenants import (
    check_tenant,
    create_tenant,
    delete_tenant,
    get_tenant_permission,
    list_tenant_permissions,
    list_tenants,
)
from datahub_client.models import (
    CreatedResource,
    Error,
    GroupPrincipal,
    SensorCredentialSecret,
    TenantPrincipal,
)

from mockserver import DEFAULT_TOKEN

from .datahub_support import (
    client,
    grant_on_project,
    grant_on_tenant,
    group,
    make_credential,
    make_group,
    make_project,
    make_tenant,
    names,
    permissions_of,
    raw,
    tenant_members,
    token,
)

# -- the segment rule ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Acme", "-acme", "acme-", "ac_me", "a" * 37, "acme.x", "ac%20me"],
)
def test_a_name_breaking_the_segment_rule_is_400(datahub_url: str, name: str) -> None:
    response = raw("PUT", f"{datahub_url}/tenants/{name}", DEFAULT_TOKEN)
    assert response.status_code == 400
    assert isinstance(response.json()["error"], str)


@pytest.mark.parametrize("name", ["a", "0", "a-b", "a" * 36, "9-to-5"])
def test_names_within_the_segment_rule_are_accepted(admin: AuthenticatedClient, name: str) -> None:
    response = create_tenant.sync_detailed(name, client=admin)
    assert response.status_code == 201
    assert response.parsed == CreatedResource(name=name)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/Tenants"),
        ("GET", "/tenants/acme/Projects"),
        ("GET", "/tenants/acme/SCOPES"),
        ("POST", "/tenants/acme/projects/p/Rotate"),
        ("GET", "/tenants//projects"),
    ],
)
def test_keys_and_keywords_obey_the_segment_rule_too(datahub_url: str, method: str, path: str) -> None:
    response = raw(method, datahub_url + path, DEFAULT_TOKEN)
    assert response.status_code == 400
    assert "error" in response.json()


# -- GET /tenants, GET R/{plural} -----------------------------------------------------------------


def test_listing_tenants_shows_only_the_tenants_the_caller_can_view(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    for name in ("acme", "globex", "initech"):
        make_tenant(admin, name)
    everything = list_tenants.sync_detailed(client=admin)
    assert everything.status_code == 200
    assert names(everything.parsed) == ["acme", "globex", "initech"]
    member = client(datahub_url, "alice", "globex:dev")
    assert list_tenants.sync_detailed(client=member).parsed == ["globex"]
    outsider = client(datahub_url, "mallory")
    assert list_tenants.sync_detailed(client=outsider).parsed == []


def test_listing_children_shows_only_those_the_caller_can_view(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme", "dev")
    for project in ("apollo", "gemini"):
        make_project(admin, "acme", project)
    grant_on_project(admin, ("acme", "gemini"), "viewers", ["project:view"], [group("acme", "dev")])
    member = client(datahub_url, "alice", "acme:dev")
    listed = list_projects.sync_detailed("acme", client=member)
    assert listed.status_code == 200
    assert listed.parsed == ["gemini"]
    assert names(list_projects.sync_detailed("acme", client=admin).parsed) == ["apollo", "gemini"]


def test_listing_children_needs_view_on_every_ancestor(datahub_url: str, admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    outsider = client(datahub_url, "mallory", "globex:dev")
    assert list_projects.sync_detailed("acme", client=outsider).status_code == 404
    member = client(datahub_url, "alice", "acme:dev")  # tenant:view, but no project:view on apollo
    listed = list_sensor_credentials.sync_detailed("acme", "apollo", client=member)
    assert listed.status_code == 404
    assert isinstance(listed.parsed, Error)
    assert list_projects.sync_detailed("nowhere", client=admin).status_code == 404


# -- PUT R (create) ------------------------------------------------------------------------------


def test_creating_answers_201_with_the_name(admin: AuthenticatedClient) -> None:
    created = create_tenant.sync_detailed("acme", client=admin)
    assert (created.status_code, created.parsed) == (201, CreatedResource(name="acme"))
    group_created = create_group.sync_detailed("acme", "dev", client=admin)
    assert (group_created.status_code, group_created.parsed) == (201, CreatedResource(name="dev"))
    project_created = create_project.sync_detailed("acme", "apollo", client=admin)
    assert (project_created.status_code, project_created.parsed) == (201, CreatedResource(name="apollo"))
    assert check_project.sync_detailed("acme", "apollo", client=admin).status_code == 204


def test_creating_a_sensor_credential_answers_200_with_credentials(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    created = create_sensor_credential.sync_detailed("acme", "apollo", "probe", client=admin)
    assert created.status_code == 200
    assert isinstance(created.parsed, SensorCredentialSecret)
    assert created.parsed.username
    assert created.parsed.password
    assert set(created.parsed.to_dict()) == {"username", "password"}


def test_creating_what_exists_is_409(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    assert create_tenant.sync_detailed("acme", client=admin).status_code == 409
    assert (
        create_group.sync_detailed("acme", "admin", client=admin).status_code == 409
    )  # made with the tenant
    assert create_project.sync_detailed("acme", "apollo", client=admin).status_code == 409
    again = create_sensor_credential.sync_detailed("acme", "apollo", "probe", client=admin)
    assert again.status_code == 409
    assert isinstance(again.parsed, Error)


def test_a_create_body_is_optional_and_ignored(datahub_url: str) -> None:
    response = raw("PUT", f"{datahub_url}/tenants/acme", DEFAULT_TOKEN, json={"name": "other", "x": 1})
    assert (response.status_code, response.json()) == (201, {"name": "acme"})
    response = raw("PUT", f"{datahub_url}/tenants/acme/projects/p", DEFAULT_TOKEN, content=b"not json")
    assert (response.status_code, response.json()) == (201, {"name": "p"})


def test_creating_needs_the_type_admin_scope_on_the_parent(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme", "dev")
    member = client(datahub_url, "alice", "acme:dev")
    refused = create_project.sync_detailed("acme", "apollo", client=member)
    assert refused.status_code == 403
    assert isinstance(refused.parsed, Error)
    grant_on_tenant(admin, "acme", "project-admins", ["project:admin"], [group("acme", "dev")])
    assert create_project.sync_detailed("acme", "apollo", client=member).status_code == 201
    # project:admin is not group:admin: a group still needs group:admin on the tenant
    assert create_group.sync_detailed("acme", "ops", client=member).status_code == 403


def test_only_realm_administrators_create_tenants(datahub_url: str) -> None:
    tenant_admin = client(datahub_url, "alice", "acme:admin")
    assert create_tenant.sync_detailed("acme", client=tenant_admin).status_code == 403
    realm_admin = client(datahub_url, "root", realm_admin=True)
    assert create_tenant.sync_detailed("acme", client=realm_admin).status_code == 201


def test_creating_needs_view_on_the_path_to_the_parent(datahub_url: str, admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    outsider = client(datahub_url, "mallory", "globex:admin")
    assert create_project.sync_detailed("acme", "gemini", client=outsider).status_code == 404
    member = client(datahub_url, "alice", "acme:dev")  # tenant:view but not project:view
    refused = create_sensor_credential.sync_detailed("acme", "apollo", "probe", client=member)
    assert refused.status_code == 404
    assert create_project.sync_detailed("nowhere", "apollo", client=admin).status_code == 404


def test_names_are_scoped_to_their_parent(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_tenant(admin, "globex")
    make_group(admin, "acme", "dev")
    make_group(admin, "globex", "dev")
    assert check_group.sync_detailed("acme", "dev", client=admin).status_code == 204
    assert check_group.sync_detailed("globex", "dev", client=admin).status_code == 204
    assert check_group.sync_detailed("acme", "ops", client=admin).status_code == 404


# -- a created tenant's admin group and permissions -------------------------------------------------


def test_a_created_tenant_has_an_admin_group_and_admin_and_members_permissions(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme")
    assert list_groups.sync_detailed("acme", client=admin).parsed == ["admin"]
    listed = list_tenant_permissions.sync_detailed("acme", client=admin)
    assert listed.status_code == 200
    assert permissions_of(listed.parsed) == [
        {"name": "admin", "scopes": ["tenant:admin"], "principals": [group("acme", "admin").to_dict()]},
        {"name": "members", "scopes": ["tenant:view"], "principals": [tenant_members("acme").to_dict()]},
    ]
    # and they work: a member of admin administers the tenant, any member sees it
    tenant_admin = client(datahub_url, "alice", "acme:admin")
    assert create_project.sync_detailed("acme", "apollo", client=tenant_admin).status_code == 201
    member = client(datahub_url, "bob", "acme:anything")
    assert check_tenant.sync_detailed("acme", client=member).status_code == 204
    assert create_project.sync_detailed("acme", "gemini", client=member).status_code == 403


# -- GET R -------------------------------------------------------------------------------------------


def test_checking_a_resource_answers_204_only_when_the_caller_can_view_it_and_its_ancestors(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    present = check_sensor_credential.sync_detailed("acme", "apollo", "probe", client=admin)
    assert (present.status_code, present.content) == (204, b"")
    assert check_sensor_credential.sync_detailed("acme", "apollo", "other", client=admin).status_code == 404
    member = client(datahub_url, "alice", "acme:dev")
    assert check_tenant.sync_detailed("acme", client=member).status_code == 204
    assert check_project.sync_detailed("acme", "apollo", client=member).status_code == 404
    # sensor-credential:view on the project, but no project:view: the project on the path hides it
    grant_on_project(admin, ("acme", "apollo"), "probes", ["sensor-credential:view"], [group("acme", "dev")])
    assert check_sensor_credential.sync_detailed("acme", "apollo", "probe", client=member).status_code == 404
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "dev")])
    assert check_sensor_credential.sync_detailed("acme", "apollo", "probe", client=member).status_code == 204


# -- DELETE R ----------------------------------------------------------------------------------------


def test_deleting_answers_204_and_takes_every_descendant_with_its_permissions_and_attributes(
    admin: AuthenticatedClient,
) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "admin")])
    assert (
        put_project_attribute.sync_detailed("acme", "apollo", "color", client=admin, body="red").status_code
        == 204
    )
    deleted = delete_project.sync_detailed("acme", "apollo", client=admin)
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert check_project.sync_detailed("acme", "apollo", client=admin).status_code == 404
    assert check_sensor_credential.sync_detailed("acme", "apollo", "probe", client=admin).status_code == 404
    # created again, it starts empty: nothing of the old one survived
    make_project(admin, "acme", "apollo")
    assert list_sensor_credentials.sync_detailed("acme", "apollo", client=admin).parsed == []
    assert list_project_permissions.sync_detailed("acme", "apollo", client=admin).parsed == []
    attributes = get_project_attributes.sync_detailed("acme", "apollo", client=admin)
    assert attributes.parsed is not None
    assert attributes.parsed.to_dict() == {}


def test_deleting_a_tenant_deletes_its_whole_subtree(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_group(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    assert delete_tenant.sync_detailed("acme", client=admin).status_code == 204
    assert list_tenants.sync_detailed(client=admin).parsed == []
    make_tenant(admin, "acme")
    assert list_groups.sync_detailed("acme", client=admin).parsed == ["admin"]
    assert list_projects.sync_detailed("acme", client=admin).parsed == []


def test_deleting_needs_the_type_admin_scope_on_the_parent(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    grant_on_project(admin, ("acme", "apollo"), "owners", ["project:admin"], [group("acme", "dev")])
    project_admin = client(datahub_url, "alice", "acme:dev")
    # admin on the project itself is not project:admin on the tenant
    refused = delete_project.sync_detailed("acme", "apollo", client=project_admin)
    assert refused.status_code == 403
    tenant_admin = client(datahub_url, "bob", "acme:admin")
    assert (
        delete_tenant.sync_detailed("acme", client=tenant_admin).status_code == 403
    )  # tenant:admin on the realm
    assert delete_project.sync_detailed("acme", "apollo", client=tenant_admin).status_code == 204


def test_deleting_a_missing_resource_is_404(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    assert delete_project.sync_detailed("acme", "apollo", client=admin).status_code == 404
    assert delete_tenant.sync_detailed("nowhere", client=admin).status_code == 404


def test_deleting_a_group_removes_it_from_every_permission_naming_it(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme", "dev")
    make_tenant(admin, "globex")
    make_project(admin, "globex", "apollo")
    both = [group("acme", "dev"), group("globex", "admin")]
    grant_on_project(admin, ("globex", "apollo"), "shared", ["project:view"], both)
    grant_on_project(admin, ("globex", "apollo"), "only-dev", ["project:admin"], [group("acme", "dev")])
    acme_admin = client(datahub_url, "alice", "acme:admin")
    assert delete_group_as(acme_admin, "acme", "dev") == 204
    listed = list_project_permissions.sync_detailed("globex", "apollo", client=admin).parsed
    assert permissions_of(listed) == [
        {"name": "shared", "scopes": ["project:view"], "principals": [group("globex", "admin").to_dict()]}
    ]


def test_deleting_a_tenant_removes_it_and_its_groups_as_principals_elsewhere(
    admin: AuthenticatedClient,
) -> None:
    make_tenant(admin, "acme")
    make_tenant(admin, "globex")
    principals: list[GroupPrincipal | TenantPrincipal] = [tenant_members("acme"), group("acme", "admin")]
    grant_on_tenant(admin, "globex", "partners", ["tenant:view"], [*principals, tenant_members("globex")])
    grant_on_tenant(admin, "globex", "acme-only", ["project:view"], list(principals))
    assert delete_tenant.sync_detailed("acme", client=admin).status_code == 204
    partners = get_tenant_permission.sync_detailed("globex", "partners", client=admin)
    assert partners.parsed is not None
    assert partners.parsed.to_dict() == {
        "scopes": ["tenant:view"],
        "principals": [tenant_members("globex").to_dict()],
    }
    assert get_tenant_permission.sync_detailed("globex", "acme-only", client=admin).status_code == 404


def test_deleting_the_admin_group_deletes_the_tenant_admin_permission(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme")
    tenant_admin = client(datahub_url, "alice", "acme:admin")
    assert delete_group_as(tenant_admin, "acme", "admin") == 204
    listed = list_tenant_permissions.sync_detailed("acme", client=admin).parsed
    assert [p["name"] for p in permissions_of(listed)] == ["members"]
    # alice's token still names acme:admin, but that group and its permission are gone
    assert create_project.sync_detailed("acme", "apollo", client=tenant_admin).status_code == 403


def delete_group_as(caller: AuthenticatedClient, tenant: str, name: str) -> int:
    return int(delete_group.sync_detailed(tenant, name, client=caller).status_code)


# -- POST R/rotate ---------------------------------------------------------------------------------


def test_rotating_answers_new_credentials_every_time(datahub_url: str, admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    created = create_sensor_credential.sync_detailed("acme", "apollo", "probe", client=admin).parsed
    assert isinstance(created, SensorCredentialSecret)
    seen = [created]
    for _ in range(3):
        rotated = rotate_sensor_credential.sync_detailed("acme", "apollo", "probe", client=admin)
        assert rotated.status_code == 200
        assert isinstance(rotated.parsed, SensorCredentialSecret)
        assert all(
            rotated.parsed.username != s.username and rotated.parsed.password != s.password for s in seen
        )
        seen.append(rotated.parsed)


def test_rotating_needs_the_rotate_scope(datahub_url: str, admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    grant_on_project(
        admin,
        ("acme", "apollo"),
        "viewers",
        ["project:view", "sensor-credential:view"],
        [group("acme", "dev")],
    )
    viewer = client(datahub_url, "alice", "acme:dev")
    assert rotate_sensor_credential.sync_detailed("acme", "apollo", "probe", client=viewer).status_code == 403
    grant_on_project(
        admin,
        ("acme", "apollo"),
        "viewers",
        ["project:view", "sensor-credential:view", "sensor-credential:rotate"],
        [group("acme", "dev")],
    )
    assert rotate_sensor_credential.sync_detailed("acme", "apollo", "probe", client=viewer).status_code == 200
    assert rotate_sensor_credential.sync_detailed("acme", "apollo", "other", client=viewer).status_code == 404


def test_deleting_a_sensor_credential_needs_its_admin_scope_on_the_project(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    grant_on_project(
        admin, ("acme", "apollo"), "v", ["project:view", "sensor-credential:view"], [group("acme", "dev")]
    )
    member = client(datahub_url, "alice", "acme:dev")
    assert delete_sensor_credential.sync_detailed("acme", "apollo", "probe", client=member).status_code == 403
    grant_on_project(admin, ("acme", "apollo"), "a", ["sensor-credential:admin"], [group("acme", "dev")])
    assert delete_sensor_credential.sync_detailed("acme", "apollo", "probe", client=member).status_code == 204


# -- requests no spec operation matches --------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/tenants/acme/widgets/w",
        "/tenants/acme/sensor-credentials/c",
        "/tenants/acme/tenants/x",
        "/widgets/w",
    ],
)
def test_putting_an_unknown_or_non_child_type_is_400(
    datahub_url: str, admin: AuthenticatedClient, path: str
) -> None:
    make_tenant(admin, "acme")
    response = raw("PUT", datahub_url + path, DEFAULT_TOKEN)
    assert response.status_code == 400
    assert isinstance(response.json()["error"], str)


def test_putting_an_unknown_type_checks_token_then_view_first(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme")
    assert raw("PUT", f"{datahub_url}/tenants/acme/widgets/w", None).status_code == 401
    assert raw("PUT", f"{datahub_url}/tenants/acme/widgets/w", "not-a-token").status_code == 401
    outsider = token("mallory", "globex:dev")
    assert raw("PUT", f"{datahub_url}/tenants/acme/widgets/w", outsider).status_code == 404
    assert raw("PUT", f"{datahub_url}/tenants/nowhere/widgets/w", DEFAULT_TOKEN).status_code == 404
    member = token("alice", "acme:dev")  # view, no admin: the type is checked before the scope
    assert raw("PUT", f"{datahub_url}/tenants/acme/widgets/w", member).status_code == 400


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/tenants/acme"),
        ("POST", "/tenants/acme/projects/apollo"),
        ("PATCH", "/tenants/acme/attributes/color"),
        ("GET", "/tenants/acme/attributes/color"),
        ("GET", "/tenants/acme/projects/apollo/attributes/color"),
    ],
)
def test_requests_the_service_has_no_operation_for_are_404(
    datahub_url: str, admin: AuthenticatedClient, method: str, path: str
) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    response = raw(method, datahub_url + path, DEFAULT_TOKEN, json={"color": "red"})
    assert response.status_code == 404
    assert isinstance(response.json()["error"], str)
    assert raw(method, datahub_url + path, None).status_code == 401


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/tenants/acme/scopes"),
        ("DELETE", "/tenants/acme/scopes"),
        ("POST", "/tenants/acme/permissions"),
        ("PUT", "/tenants/acme/projects/apollo/permissions"),
    ],
)
def test_other_methods_on_scopes_and_the_permission_collection_are_405(
    datahub_url: str, admin: AuthenticatedClient, method: str, path: str
) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    response = raw(method, datahub_url + path, DEFAULT_TOKEN)
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
