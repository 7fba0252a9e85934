"""Data HUB permissions and scopes: principals, validity per subtree, transitive scopes, order of checks."""

from __future__ import annotations

import pytest
from datahub_client import AuthenticatedClient
from datahub_client.api.groups import list_group_scopes, put_group_permission
from datahub_client.api.projects import (
    check_project,
    create_project,
    delete_project,
    delete_project_permission,
    get_project_permission,
    list_project_permissions,
    list_project_scopes,
    list_projects,
    put_project_permission,
)
from datahub_client.api.sensor_credentials import (
    create_sensor_credential,
    delete_sensor_credential,
    list_sensor_credential_permissions,
    list_sensor_credential_scopes,
    rotate_sensor_credential,
)
from datahub_client.api.tenants import (
    delete_tenant_permission,
    get_tenant_permission,
    list_tenant_permissions,
    list_tenant_scopes,
)
from datahub_client.models import (
    Error,
    GroupPermission,
    GroupScope,
    NamedProjectPermission,
    ProjectPermission,
    ProjectScope,
)

from mockserver import DEFAULT_TOKEN

from .datahub_support import (
    client,
    grant_on_project,
    grant_on_tenant,
    granted,
    group,
    make_credential,
    make_project,
    make_tenant,
    names,
    permissions_of,
    raw,
    tenant_members,
    token,
    user,
    valid,
)

TENANT_ALL = [
    "group:dashboard-edit",
    "group:dashboard-view",
    "group:view",
    "group:admin",
    "sensor-credential:rotate",
    "sensor-credential:view",
    "sensor-credential:admin",
    "project:prometheus-read",
    "project:prometheus-write",
    "project:bucket-write",
    "project:sensor-metadata-write",
    "project:view",
    "project:admin",
    "tenant:view",
    "tenant:admin",
]
PROJECT_OWN = [
    "project:prometheus-read",
    "project:prometheus-write",
    "project:bucket-write",
    "project:sensor-metadata-write",
    "project:view",
    "project:admin",
]
CREDENTIAL_OWN = ["sensor-credential:rotate", "sensor-credential:view", "sensor-credential:admin"]
GROUP_OWN = ["group:dashboard-edit", "group:dashboard-view", "group:view", "group:admin"]


def acme_with_apollo(admin: AuthenticatedClient) -> None:
    """Tenant acme (groups admin and dev), project apollo, sensor credential probe."""
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")


def permission_url(datahub_url: str, name: str = "p") -> str:
    return f"{datahub_url}/tenants/acme/projects/apollo/permissions/{name}"


# -- GET R/permissions, GET/PUT/DELETE R/permissions/{p} -------------------------------------------


def test_listing_permissions_answers_every_permission_with_its_name(admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "dev")])
    grant_on_project(admin, ("acme", "apollo"), "owner", ["project:admin"], [])
    listed = list_project_permissions.sync_detailed("acme", "apollo", client=admin)
    assert listed.status_code == 200
    assert permissions_of(listed.parsed) == [
        {"name": "owner", "scopes": ["project:admin"], "principals": []},
        {"name": "viewers", "scopes": ["project:view"], "principals": [group("acme", "dev").to_dict()]},
    ]


def test_permission_endpoints_need_the_type_admin_scope_on_the_resource(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "dev")])
    viewer = client(datahub_url, "alice", "acme:dev")
    assert list_project_permissions.sync_detailed("acme", "apollo", client=viewer).status_code == 403
    assert get_project_permission.sync_detailed("acme", "apollo", "viewers", client=viewer).status_code == 403
    body = ProjectPermission(scopes=[ProjectScope.PROJECTVIEW], principals=[group("acme", "dev")])
    put = put_project_permission.sync_detailed("acme", "apollo", "mine", client=viewer, body=body)
    assert put.status_code == 403
    assert isinstance(put.parsed, Error)
    assert (
        delete_project_permission.sync_detailed("acme", "apollo", "viewers", client=viewer).status_code == 403
    )
    assert list_tenant_permissions.sync_detailed("acme", client=viewer).status_code == 403  # tenant:view only
    tenant_admin = client(datahub_url, "bob", "acme:admin")
    assert list_project_permissions.sync_detailed("acme", "apollo", client=tenant_admin).status_code == 200


def test_getting_a_permission_answers_its_scopes_and_principals_without_the_name(
    admin: AuthenticatedClient,
) -> None:
    acme_with_apollo(admin)
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "dev")])
    got = get_project_permission.sync_detailed("acme", "apollo", "viewers", client=admin)
    assert got.status_code == 200
    assert got.parsed is not None
    assert got.parsed.to_dict() == {
        "scopes": ["project:view"],
        "principals": [group("acme", "dev").to_dict()],
    }
    missing = get_project_permission.sync_detailed("acme", "apollo", "nothing", client=admin)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, Error)


def test_putting_a_new_permission_answers_201_echoing_it(admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    body = ProjectPermission(
        scopes=[ProjectScope.PROJECTVIEW, ProjectScope.PROJECTPROMETHEUS_READ],
        principals=[group("acme", "dev"), tenant_members("acme")],
    )
    created = put_project_permission.sync_detailed("acme", "apollo", "readers", client=admin, body=body)
    assert created.status_code == 201
    assert created.parsed == NamedProjectPermission(
        name="readers", scopes=body.scopes, principals=body.principals
    )


def test_putting_an_existing_permission_replaces_it_with_204(admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    grant_on_project(admin, ("acme", "apollo"), "readers", ["project:view"], [group("acme", "dev")])
    body = ProjectPermission(scopes=[ProjectScope.PROJECTADMIN], principals=[tenant_members("acme")])
    replaced = put_project_permission.sync_detailed("acme", "apollo", "readers", client=admin, body=body)
    assert (replaced.status_code, replaced.content) == (204, b"")
    got = get_project_permission.sync_detailed("acme", "apollo", "readers", client=admin).parsed
    assert got is not None
    assert got.to_dict() == {"scopes": ["project:admin"], "principals": [tenant_members("acme").to_dict()]}


def test_deleting_a_permission_answers_204_then_it_is_gone(admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    grant_on_project(admin, ("acme", "apollo"), "readers", ["project:view"], [group("acme", "dev")])
    deleted = delete_project_permission.sync_detailed("acme", "apollo", "readers", client=admin)
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert get_project_permission.sync_detailed("acme", "apollo", "readers", client=admin).status_code == 404
    again = delete_project_permission.sync_detailed("acme", "apollo", "readers", client=admin)
    assert again.status_code == 404
    assert delete_tenant_permission.sync_detailed("acme", "members", client=admin).status_code == 204
    assert get_tenant_permission.sync_detailed("acme", "members", client=admin).status_code == 404


# -- the permission body ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b'{"scopes": ["project:view"], "principals": [], "extra": 1}',
        b'{"scopes": ["project:view"]',
        b'{"scopes": ["project:view"], "principals": [{"type": "group", "tenant": "acme"}]}',
        b'{"scopes": ["project:view"], "principals": [{"type": "robot", "id": "r2"}]}',
        b'{"scopes": ["project:view"], "principals": [{"type": "user", "userId": "u", "tenant": "acme"}]}',
        b'{"scopes": "project:view", "principals": []}',
        b'{"principals": []}',
    ],
)
def test_a_malformed_permission_body_is_400(
    datahub_url: str, admin: AuthenticatedClient, body: bytes
) -> None:
    acme_with_apollo(admin)
    response = raw(
        "PUT", permission_url(datahub_url), DEFAULT_TOKEN, content=body, content_type="application/json"
    )
    assert response.status_code == 400
    assert isinstance(response.json()["error"], str)


@pytest.mark.parametrize(
    ("path", "scope", "status"),
    [
        ("/tenants/acme", "sensor-credential:admin", 201),
        ("/tenants/acme", "group:dashboard-view", 201),
        ("/tenants/acme/groups/dev", "group:dashboard-view", 201),
        ("/tenants/acme/groups/dev", "project:view", 400),
        ("/tenants/acme/groups/dev", "tenant:view", 400),
        ("/tenants/acme/projects/apollo", "sensor-credential:rotate", 201),
        ("/tenants/acme/projects/apollo", "tenant:view", 400),
        ("/tenants/acme/projects/apollo", "group:view", 400),
        ("/tenants/acme/projects/apollo/sensor-credentials/probe", "sensor-credential:rotate", 201),
        ("/tenants/acme/projects/apollo/sensor-credentials/probe", "project:view", 400),
        ("/tenants/acme/projects/apollo", "project:fly", 400),
    ],
)
def test_a_scope_must_be_valid_on_the_resource_subtree(
    datahub_url: str, admin: AuthenticatedClient, path: str, scope: str, status: int
) -> None:
    acme_with_apollo(admin)
    body = {"scopes": [scope], "principals": [group("acme", "dev").to_dict()]}
    response = raw("PUT", f"{datahub_url}{path}/permissions/p", DEFAULT_TOKEN, json=body)
    assert response.status_code == status
    if status == 400:
        assert scope in response.json()["error"]


def test_a_principal_the_caller_cannot_see_is_404(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    make_tenant(admin, "globex", "ops")
    tenant_admin = client(datahub_url, "alice", "acme:admin")
    for principal in (
        group("acme", "nobody"),
        group("globex", "ops"),
        tenant_members("globex"),
        user("ghost"),
    ):
        body = ProjectPermission(scopes=[ProjectScope.PROJECTVIEW], principals=[principal])
        refused = put_project_permission.sync_detailed("acme", "apollo", "p", client=tenant_admin, body=body)
        assert refused.status_code == 404, principal
        assert isinstance(refused.parsed, Error)
    assert get_project_permission.sync_detailed("acme", "apollo", "p", client=admin).status_code == 404


def test_groups_of_another_tenant_are_accepted_and_grant_their_members(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    make_tenant(admin, "globex", "ops")
    grant_on_tenant(admin, "acme", "partners", ["tenant:view", "project:view"], [group("globex", "ops")])
    partner = client(datahub_url, "carol", "globex:ops")
    assert list_projects.sync_detailed("acme", client=partner).parsed == ["apollo"]


# -- principals: who a permission applies to ----------------------------------------------------------


def test_a_group_principal_grants_the_members_of_that_group_only(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "dev")])
    assert (
        check_project.sync_detailed("acme", "apollo", client=client(datahub_url, "a", "acme:dev")).status_code
        == 204
    )
    assert (
        check_project.sync_detailed("acme", "apollo", client=client(datahub_url, "b", "acme:ops")).status_code
        == 404
    )


def test_a_tenant_principal_grants_every_member_of_the_tenant(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    make_tenant(admin, "globex")
    grant_on_project(admin, ("acme", "apollo"), "everyone", ["project:view"], [tenant_members("acme")])
    for memberships in (["acme:dev"], ["acme:anything"], ["globex:x", "acme:y"]):
        member = client(datahub_url, "m", *memberships)
        assert check_project.sync_detailed("acme", "apollo", client=member).status_code == 204
    outsider = client(datahub_url, "o", "globex:admin")
    assert check_project.sync_detailed("acme", "apollo", client=outsider).status_code == 404


def test_a_user_principal_grants_that_user_only(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    dave = client(datahub_url, "dave", "acme:dev")
    assert check_project.sync_detailed("acme", "apollo", client=dave).status_code == 404  # dave is now known
    grant_on_project(admin, ("acme", "apollo"), "dave", ["project:view"], [user("dave")])
    assert check_project.sync_detailed("acme", "apollo", client=dave).status_code == 204
    erin = client(datahub_url, "erin", "acme:dev")
    assert check_project.sync_detailed("acme", "apollo", client=erin).status_code == 404


# -- transitive evaluation ----------------------------------------------------------------------------


def test_a_scope_granted_on_an_ancestor_holds_below_it(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    make_project(admin, "acme", "gemini")
    make_credential(admin, "acme", "gemini", "probe")
    grant_on_tenant(
        admin,
        "acme",
        "operators",
        ["project:view", "sensor-credential:view", "sensor-credential:rotate"],
        [group("acme", "dev")],
    )
    operator = client(datahub_url, "alice", "acme:dev")
    assert names(list_projects.sync_detailed("acme", client=operator).parsed) == ["apollo", "gemini"]
    for project in ("apollo", "gemini"):
        assert (
            rotate_sensor_credential.sync_detailed("acme", project, "probe", client=operator).status_code
            == 200
        )
    scopes = list_sensor_credential_scopes.sync_detailed("acme", "apollo", "probe", client=operator).parsed
    assert granted(scopes) == ["sensor-credential:rotate", "sensor-credential:view"]


def test_sensor_credential_admin_on_a_tenant_covers_every_sensor_credential_and_nothing_else(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    grant_on_tenant(
        admin, "acme", "cred-admins", ["sensor-credential:admin", "project:view"], [group("acme", "dev")]
    )
    credential_admin = client(datahub_url, "alice", "acme:dev")
    made = create_sensor_credential.sync_detailed("acme", "apollo", "second", client=credential_admin)
    assert made.status_code == 200
    listed = list_sensor_credential_permissions.sync_detailed(
        "acme", "apollo", "probe", client=credential_admin
    )
    assert listed.status_code == 200
    assert (
        rotate_sensor_credential.sync_detailed("acme", "apollo", "probe", client=credential_admin).status_code
        == 200
    )
    assert (
        delete_sensor_credential.sync_detailed("acme", "apollo", "probe", client=credential_admin).status_code
        == 204
    )
    # no effect on managing the tenant or its projects
    assert create_project.sync_detailed("acme", "gemini", client=credential_admin).status_code == 403
    assert (
        list_project_permissions.sync_detailed("acme", "apollo", client=credential_admin).status_code == 403
    )
    assert list_tenant_permissions.sync_detailed("acme", client=credential_admin).status_code == 403


def test_admin_on_a_resource_covers_every_scope_on_it_and_below(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    grant_on_tenant(admin, "acme", "apollo-view", ["project:view"], [group("acme", "dev")])
    grant_on_project(admin, ("acme", "apollo"), "owners", ["project:admin"], [group("acme", "dev")])
    owner = client(datahub_url, "alice", "acme:dev")
    scopes = list_project_scopes.sync_detailed("acme", "apollo", client=owner).parsed
    assert granted(scopes) == PROJECT_OWN
    credential_scopes = list_sensor_credential_scopes.sync_detailed(
        "acme", "apollo", "probe", client=owner
    ).parsed
    assert granted(credential_scopes) == CREDENTIAL_OWN
    assert rotate_sensor_credential.sync_detailed("acme", "apollo", "probe", client=owner).status_code == 200
    assert create_sensor_credential.sync_detailed("acme", "apollo", "new", client=owner).status_code == 200
    assert list_project_permissions.sync_detailed("acme", "apollo", client=owner).status_code == 200
    # ... but not above it
    tenant_scopes = list_tenant_scopes.sync_detailed("acme", client=owner).parsed
    assert granted(tenant_scopes) == ["tenant:view"]


def test_a_non_admin_scope_does_not_imply_admin(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    grant_on_project(
        admin,
        ("acme", "apollo"),
        "readers",
        ["project:view", "project:prometheus-read"],
        [group("acme", "dev")],
    )
    reader = client(datahub_url, "alice", "acme:dev")
    scopes = list_project_scopes.sync_detailed("acme", "apollo", client=reader).parsed
    assert granted(scopes) == ["project:prometheus-read", "project:view"]
    assert list_project_permissions.sync_detailed("acme", "apollo", client=reader).status_code == 403


def test_realm_administrators_hold_every_scope(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    root = client(datahub_url, "root", realm_admin=True)
    tenant_scopes = list_tenant_scopes.sync_detailed("acme", client=root).parsed
    assert granted(tenant_scopes) == ["tenant:view", "tenant:admin"]
    group_scopes = list_group_scopes.sync_detailed("acme", "dev", client=root).parsed
    assert granted(group_scopes) == GROUP_OWN
    assert rotate_sensor_credential.sync_detailed("acme", "apollo", "probe", client=root).status_code == 200
    assert (
        list_sensor_credential_permissions.sync_detailed("acme", "apollo", "probe", client=root).status_code
        == 200
    )
    # even with every permission on the tenant gone
    for name in ("admin", "members"):
        assert delete_tenant_permission.sync_detailed("acme", name, client=root).status_code == 204
    assert list_tenant_permissions.sync_detailed("acme", client=root).parsed == []


def test_lacking_view_along_the_path_is_404_never_403(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    frank = client(datahub_url, "frank")  # in no group of acme: no tenant:view
    assert (
        check_project.sync_detailed("acme", "apollo", client=frank).status_code == 404
    )  # frank is known now
    grant_on_project(admin, ("acme", "apollo"), "frank", ["project:admin"], [user("frank")])
    assert check_project.sync_detailed("acme", "apollo", client=frank).status_code == 404
    assert list_project_permissions.sync_detailed("acme", "apollo", client=frank).status_code == 404
    assert rotate_sensor_credential.sync_detailed("acme", "apollo", "probe", client=frank).status_code == 404
    assert delete_sensor_credential.sync_detailed("acme", "apollo", "probe", client=frank).status_code == 404
    assert list_project_scopes.sync_detailed("acme", "apollo", client=frank).status_code == 404


# -- GET R/scopes ----------------------------------------------------------------------------------------


def test_scopes_answer_all_valid_scopes_and_the_granted_own_scopes(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    member = client(datahub_url, "alice", "acme:dev")
    tenant = list_tenant_scopes.sync_detailed("acme", client=member)
    assert tenant.status_code == 200
    assert valid(tenant.parsed) == TENANT_ALL
    assert granted(tenant.parsed) == ["tenant:view"]
    project = list_project_scopes.sync_detailed("acme", "apollo", client=admin).parsed
    assert valid(project) == CREDENTIAL_OWN + PROJECT_OWN
    assert granted(project) == PROJECT_OWN
    credential = list_sensor_credential_scopes.sync_detailed("acme", "apollo", "probe", client=admin).parsed
    assert valid(credential) == CREDENTIAL_OWN
    group_scopes = list_group_scopes.sync_detailed("acme", "dev", client=admin).parsed
    assert valid(group_scopes) == GROUP_OWN


def test_scopes_need_view(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    member = client(datahub_url, "alice", "acme:dev")
    assert list_project_scopes.sync_detailed("acme", "apollo", client=member).status_code == 404
    assert list_group_scopes.sync_detailed("acme", "dev", client=member).status_code == 404
    grant_on_tenant(admin, "acme", "groups", ["group:view"], [group("acme", "dev")])
    scopes = list_group_scopes.sync_detailed("acme", "dev", client=member).parsed
    assert granted(scopes) == ["group:view"]


# -- order of checks -------------------------------------------------------------------------------------


def test_token_is_checked_before_segments_and_segments_before_view(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    assert raw("GET", f"{datahub_url}/tenants/ACME/projects", None).status_code == 401
    outsider = token("mallory")
    assert raw("GET", f"{datahub_url}/tenants/ACME/projects", outsider).status_code == 400
    assert raw("GET", f"{datahub_url}/tenants/acme/projects/APOLLO", outsider).status_code == 400
    assert raw("GET", f"{datahub_url}/tenants/acme/projects/apollo", outsider).status_code == 404


def test_a_malformed_body_is_400_before_view_is_checked(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    outsider = token("mallory")
    response = raw(
        "PUT", permission_url(datahub_url), outsider, content=b"{", content_type="application/json"
    )
    assert response.status_code == 400


def test_permission_put_checks_view_then_admin_then_scopes_then_principals(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "dev")])
    bad_scope_and_principal = {"scopes": ["tenant:view"], "principals": [user("ghost").to_dict()]}
    bad_principal = {"scopes": ["project:view"], "principals": [user("ghost").to_dict()]}
    outsider, viewer = token("mallory", "globex:dev"), token("alice", "acme:dev")
    assert raw("PUT", permission_url(datahub_url), outsider, json=bad_scope_and_principal).status_code == 404
    assert raw("PUT", permission_url(datahub_url), viewer, json=bad_scope_and_principal).status_code == 403
    assert (
        raw("PUT", permission_url(datahub_url), DEFAULT_TOKEN, json=bad_scope_and_principal).status_code
        == 400
    )
    assert raw("PUT", permission_url(datahub_url), DEFAULT_TOKEN, json=bad_principal).status_code == 404


def test_create_checks_view_then_type_then_admin_then_existence(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    outsider, member = token("mallory"), token("alice", "acme:dev")
    assert raw("PUT", f"{datahub_url}/tenants/acme/widgets/w", outsider).status_code == 404
    assert raw("PUT", f"{datahub_url}/tenants/acme/widgets/w", member).status_code == 400
    assert (
        raw("PUT", f"{datahub_url}/tenants/acme/projects/apollo", member).status_code == 403
    )  # exists: still 403
    assert raw("PUT", f"{datahub_url}/tenants/acme/projects/apollo", DEFAULT_TOKEN).status_code == 409


def test_delete_checks_admin_before_the_target_exists(datahub_url: str, admin: AuthenticatedClient) -> None:
    acme_with_apollo(admin)
    member = client(datahub_url, "alice", "acme:dev")
    assert delete_project.sync_detailed("acme", "missing", client=member).status_code == 403
    assert delete_project.sync_detailed("acme", "missing", client=admin).status_code == 404
    assert (
        delete_project_permission.sync_detailed("acme", "apollo", "missing", client=member).status_code == 404
    )
    grant_on_tenant(admin, "acme", "view-projects", ["project:view"], [group("acme", "dev")])
    assert (
        delete_project_permission.sync_detailed("acme", "apollo", "missing", client=member).status_code == 403
    )
    assert (
        delete_project_permission.sync_detailed("acme", "apollo", "missing", client=admin).status_code == 404
    )


# -- POST R/{action} with an action the type lacks -------------------------------------------------------


def test_an_unknown_action_is_403_for_ordinary_callers_and_400_for_realm_administrators(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    acme_with_apollo(admin)
    grant_on_tenant(admin, "acme", "view-projects", ["project:view"], [group("acme", "dev")])
    url = f"{datahub_url}/tenants/acme/projects/apollo/launch"
    assert raw("POST", url, None).status_code == 401
    assert raw("POST", url, token("mallory")).status_code == 404  # view first
    forbidden = raw("POST", url, token("alice", "acme:dev"))
    assert forbidden.status_code == 403
    assert "project:launch" in forbidden.json()["error"]
    assert raw("POST", url, DEFAULT_TOKEN).status_code == 400
    assert raw("POST", url, token("root", realm_admin=True)).status_code == 400
    # rotate is an action of sensor credentials only
    assert raw("POST", f"{datahub_url}/tenants/acme/rotate", token("alice", "acme:dev")).status_code == 403
    assert raw("POST", f"{datahub_url}/tenants/acme/rotate", DEFAULT_TOKEN).status_code == 400


def test_group_permissions_take_group_scopes(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme", "dev")
    body = GroupPermission(
        scopes=[GroupScope.GROUPDASHBOARD_EDIT, GroupScope.GROUPDASHBOARD_VIEW],
        principals=[group("acme", "dev")],
    )
    created = put_group_permission.sync_detailed("acme", "dev", "dashboards", client=admin, body=body)
    assert created.status_code == 201
