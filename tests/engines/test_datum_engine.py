"""The Datum engine's Kubernetes semantics, through the generated SDK and its helpers, over a socket."""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import httpx
import pytest
from datum_client import AuthenticatedClient, Client
from datum_client.api.discovery import get_resource_manager_open_api_document, list_open_api_documents
from datum_client.api.projects import (
    create_project,
    delete_project,
    list_projects,
    read_project,
    read_project_status,
    replace_project,
    replace_project_status,
)
from datum_client.helpers import (
    DatumStatusError,
    exchange_personal_access_token,
    iter_projects,
    organization_control_plane_url,
    patch_project,
    project_control_plane_url,
    watch_projects,
)
from datum_client.models import (
    CreateProjectDryRun,
    OpenApiDiscovery,
    Project,
    ProjectList,
    Status,
    WatchEventType,
)

ORG_LABEL = "resourcemanager.datumapis.com/organization-id"
PROJECTS = "/apis/resourcemanager.datumapis.com/v1alpha/projects"


@pytest.fixture(autouse=True)
def _reset(mockserver_url: str) -> None:
    httpx.post(f"{mockserver_url}/__mock/reset").raise_for_status()


@pytest.fixture
def host(mockserver_url: str) -> str:
    return f"{mockserver_url}/datum"


@pytest.fixture
def org() -> str:
    return f"org-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def client(host: str, org: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=organization_control_plane_url(org, host=host), token="mock-token"
    ) as c:
        yield c


def project(
    name: str | None = None, *, generate: str | None = None, labels: dict[str, str] | None = None
) -> Project:
    metadata: dict[str, Any] = {"name": name} if name else {"generateName": generate}
    if labels:
        metadata["labels"] = labels
    return Project.from_dict({"metadata": metadata, "spec": {"parent": {"external": "organizations/acme"}}})


def create(client: AuthenticatedClient, body: Project) -> Project:
    response = create_project.sync_detailed(client=client, body=body)
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, Project)
    return response.parsed


def meta(obj: Project) -> dict[str, Any]:
    """The metadata as plain data (the typed fields are all optional)."""
    metadata: dict[str, Any] = obj.to_dict()["metadata"]
    return metadata


def details(status: Status) -> dict[str, Any]:
    found: dict[str, Any] = status.to_dict().get("details", {})
    return found


def conditions(obj: Project) -> dict[str, str]:
    """Condition statuses by type."""
    return {c["type"]: c["status"] for c in obj.to_dict().get("status", {}).get("conditions", [])}


def names(projects: Iterable[Project]) -> list[str]:
    return [meta(p)["name"] for p in projects]


def list_meta(page: ProjectList) -> dict[str, Any]:
    found: dict[str, Any] = page.to_dict().get("metadata", {})
    return found


def status_of(response: Any) -> Status:
    assert isinstance(response.parsed, Status), response.content
    return response.parsed


# -- names, server fields, organizations -------------------------------------------------------------


def test_create_fills_in_server_fields_and_the_organization_label(
    client: AuthenticatedClient, org: str
) -> None:
    created = create(client, project("alpha"))
    fields = meta(created)
    assert fields["name"] == "alpha"
    assert uuid.UUID(fields["uid"])
    assert fields["creationTimestamp"]
    assert fields["generation"] == 1
    assert fields["resourceVersion"]
    assert fields["labels"][ORG_LABEL] == org


def test_generate_name_appends_a_random_suffix(client: AuthenticatedClient) -> None:
    first = meta(create(client, project(generate="intro-project-")))["name"]
    second = meta(create(client, project(generate="intro-project-")))["name"]
    assert first != second
    for name in (first, second):
        assert name.startswith("intro-project-")
        assert len(name) == len("intro-project-") + 5


def test_resource_version_changes_on_every_write(client: AuthenticatedClient) -> None:
    versions = [create(client, project("alpha")).metadata.resource_version]
    versions.append(
        patch_project(client, "alpha", {"metadata": {"labels": {"a": "b"}}}).metadata.resource_version
    )
    current = read_project.sync(client=client, name="alpha")
    assert isinstance(current, Project)
    body = Project.from_dict({**current.to_dict(), "status": {"conditions": []}})
    replaced = replace_project_status.sync(client=client, name="alpha", body=body)
    assert isinstance(replaced, Project)
    versions.append(replaced.metadata.resource_version)
    assert len(set(versions)) == 3


def test_projects_of_one_organization_are_invisible_from_another(
    host: str, client: AuthenticatedClient
) -> None:
    create(client, project("alpha"))
    other_org = f"org-{uuid.uuid4().hex[:8]}"
    with AuthenticatedClient(
        base_url=organization_control_plane_url(other_org, host=host), token="mock-token"
    ) as other:
        assert read_project.sync_detailed(client=other, name="alpha").status_code == 404
        assert list(iter_projects(other)) == []
        # Even a selector naming the first organization cannot reach its projects.
        first_org = client._base_url.split("/organizations/")[1].split("/")[0]
        assert list(iter_projects(other, label_selector=f"{ORG_LABEL}={first_org}")) == []


def test_invalid_organization_id_is_400(host: str) -> None:
    with AuthenticatedClient(
        base_url=organization_control_plane_url("Not_A_Label!", host=host), token="mock-token"
    ) as c:
        response = list_projects.sync_detailed(client=c)
    assert response.status_code == 400
    status = status_of(response)
    assert status.reason == "BadRequest"
    assert 'invalid organization ID "Not_A_Label!"' in str(status.message)


def test_project_control_plane_serves_no_projects(host: str) -> None:
    with AuthenticatedClient(base_url=project_control_plane_url("alpha", host=host), token="mock-token") as c:
        assert list_projects.sync_detailed(client=c).status_code == 404
        index = list_open_api_documents.sync(client=c)
    assert isinstance(index, OpenApiDiscovery)
    assert index.to_dict() == {"paths": {}}


# -- errors ----------------------------------------------------------------------------------------


def test_duplicate_create_is_409_already_exists(client: AuthenticatedClient) -> None:
    create(client, project("alpha"))
    response = create_project.sync_detailed(client=client, body=project("alpha"))
    assert response.status_code == 409
    status = status_of(response)
    assert (status.reason, details(status)["name"], details(status)["kind"]) == (
        "AlreadyExists",
        "alpha",
        "projects",
    )


def test_stale_resource_version_is_409_conflict(client: AuthenticatedClient) -> None:
    stale = create(client, project("alpha"))
    patch_project(client, "alpha", {"metadata": {"labels": {"a": "b"}}})
    response = replace_project.sync_detailed(client=client, name="alpha", body=stale)
    assert response.status_code == 409
    assert status_of(response).reason == "Conflict"
    with pytest.raises(DatumStatusError) as caught:
        patch_project(client, "alpha", {"metadata": {"resourceVersion": stale.metadata.resource_version}})
    assert caught.value.status_code == 409


def test_missing_project_is_404_not_found(client: AuthenticatedClient) -> None:
    response = read_project.sync_detailed(client=client, name="ghost")
    assert response.status_code == 404
    status = status_of(response)
    assert status.reason == "NotFound"
    assert status.message == 'projects.resourcemanager.datumapis.com "ghost" not found'
    assert details(status) == {
        "name": "ghost",
        "group": "resourcemanager.datumapis.com",
        "kind": "projects",
    }


def test_missing_parent_is_422_invalid_with_a_cause(client: AuthenticatedClient) -> None:
    body = {"metadata": {"name": "alpha"}, "spec": {"parent": {}}}
    response = client.get_httpx_client().post(PROJECTS, json=body)
    assert response.status_code == 422
    status = Status.from_dict(response.json())
    assert status.reason == "Invalid"
    assert [c["field"] for c in details(status)["causes"]] == ["spec.parent.external"]


@pytest.mark.parametrize("token", [None, "not-a-token"])
def test_missing_or_invalid_token_is_403_status(host: str, org: str, token: str | None) -> None:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    base = organization_control_plane_url(org, host=host)
    for method, path in [
        ("GET", PROJECTS),
        ("POST", PROJECTS),
        ("GET", f"{PROJECTS}/a"),
        ("GET", "/openapi/v3"),
    ]:
        response = httpx.request(method, base + path, headers=headers, json={})
        assert response.status_code == 403, (method, path)
        status = Status.from_dict(response.json())
        assert (status.kind, status.status, status.reason, status.code) == (
            "Status",
            "Failure",
            "Forbidden",
            403,
        )


# -- writes ----------------------------------------------------------------------------------------


def test_merge_patch_and_json_patch(client: AuthenticatedClient) -> None:
    create(client, project("alpha", labels={"tier": "gold"}))
    merged = patch_project(client, "alpha", {"metadata": {"labels": {"env": "prod", "tier": None}}})
    labels = meta(merged)["labels"]
    assert labels["env"] == "prod"
    assert "tier" not in labels
    patched = patch_project(
        client, "alpha", [{"op": "replace", "path": "/spec/parent/external", "value": "organizations/b"}]
    )
    assert patched.spec.parent.external == "organizations/b"
    assert meta(patched)["generation"] == 2  # a spec change is a new generation
    with pytest.raises(DatumStatusError) as caught:
        patch_project(client, "alpha", [{"op": "test", "path": "/spec/parent/external", "value": "nope"}])
    assert caught.value.status_code == 422


def test_status_subresource_is_separate_from_spec(client: AuthenticatedClient) -> None:
    created = create(client, project("alpha"))
    # A write to the main resource ignores status...
    condition = {
        "type": "Custom",
        "status": "True",
        "reason": "Set",
        "message": "",
        "lastTransitionTime": "2025-01-01T00:00:00Z",
    }
    main = patch_project(
        client, "alpha", {"status": {"conditions": [condition]}, "metadata": {"labels": {"a": "b"}}}
    )
    assert main.to_dict()["status"] == created.to_dict()["status"]
    # ...and a write to status ignores everything else.
    status_write = patch_project(
        client,
        "alpha",
        {"status": {"conditions": [condition]}, "spec": {"parent": {"external": "x"}}},
        status=True,
    )
    assert list(conditions(status_write)) == ["Custom"]
    assert status_write.spec.parent.external == "organizations/acme"
    assert meta(status_write)["generation"] == 1
    read = read_project_status.sync(client=client, name="alpha")
    assert isinstance(read, Project)
    assert list(conditions(read)) == ["Custom"]


def test_dry_run_writes_nothing(client: AuthenticatedClient) -> None:
    response = create_project.sync_detailed(
        client=client, body=project("alpha"), dry_run=CreateProjectDryRun.ALL
    )
    assert response.status_code == 201
    assert read_project.sync_detailed(client=client, name="alpha").status_code == 404
    created = create(client, project("alpha"))
    patch_project(client, "alpha", {"metadata": {"labels": {"a": "b"}}}, dry_run=True)
    after = read_project.sync(client=client, name="alpha")
    assert isinstance(after, Project)
    assert meta(after)["resourceVersion"] == meta(created)["resourceVersion"]
    client.get_httpx_client().delete(f"{PROJECTS}/alpha", params={"dryRun": "All"}).raise_for_status()
    assert read_project.sync_detailed(client=client, name="alpha").status_code == 200


def test_delete_answers_status_success(client: AuthenticatedClient) -> None:
    created = create(client, project("alpha"))
    response = delete_project.sync_detailed(client=client, name="alpha")
    assert response.status_code == 200
    status = status_of(response)
    assert status.status == "Success"
    assert (details(status)["name"], details(status)["uid"]) == ("alpha", meta(created)["uid"])
    assert read_project.sync_detailed(client=client, name="alpha").status_code == 404


# -- lists -----------------------------------------------------------------------------------------


def test_limit_and_continue_page_through_a_snapshot(client: AuthenticatedClient) -> None:
    for name in ("a1", "a2", "a3"):
        create(client, project(name))
    first = list_projects.sync(client=client, limit=2)
    assert isinstance(first, ProjectList)
    assert names(first.items) == ["a1", "a2"]
    assert list_meta(first)["remainingItemCount"] == 1
    create(client, project("a0"))  # after the snapshot: not on the next page
    second = list_projects.sync(client=client, limit=2, continue_=list_meta(first)["continue"])
    assert isinstance(second, ProjectList)
    assert names(second.items) == ["a3"]
    assert names(iter_projects(client, page_size=1)) == ["a0", "a1", "a2", "a3"]


def test_stale_continue_token_is_410_expired(client: AuthenticatedClient) -> None:
    create(client, project("a1"))
    create(client, project("a2"))
    page = list_projects.sync(client=client, limit=1)
    assert isinstance(page, ProjectList)
    for index in range(101):  # beyond the mock's history window of 100 revisions
        patch_project(client, "a1", {"metadata": {"annotations": {"n": str(index)}}})
    response = list_projects.sync_detailed(client=client, limit=1, continue_=list_meta(page)["continue"])
    assert response.status_code == 410
    assert status_of(response).reason == "Expired"


def test_label_selectors_equality_and_set_based(client: AuthenticatedClient) -> None:
    create(client, project("p1", labels={"env": "prod", "tier": "gold"}))
    create(client, project("p2", labels={"env": "dev"}))
    create(client, project("p3"))

    def selected(selector: str) -> list[str]:
        return names(iter_projects(client, label_selector=selector))

    assert selected("env=prod") == ["p1"]
    assert selected("env!=prod") == ["p2", "p3"]
    assert selected("env in (prod, dev)") == ["p1", "p2"]
    assert selected("env notin (prod)") == ["p2", "p3"]
    assert selected("tier") == ["p1"]
    assert selected("!env") == ["p3"]
    assert selected("env=prod,tier=silver") == []


def test_field_selector_on_metadata_name(client: AuthenticatedClient) -> None:
    create(client, project("p1"))
    create(client, project("p2"))
    assert names(iter_projects(client, field_selector="metadata.name=p2")) == ["p2"]
    assert names(iter_projects(client, field_selector="metadata.name!=p2")) == ["p1"]


# -- watch and readiness ---------------------------------------------------------------------------


def test_watch_streams_changes_after_the_request_until_the_timeout(
    client: AuthenticatedClient, host: str, org: str
) -> None:
    create(client, project("before"))  # before the watch: never an event
    with AuthenticatedClient(
        base_url=organization_control_plane_url(org, host=host), token="mock-token"
    ) as writer:

        def write() -> None:
            time.sleep(0.3)
            create(writer, project("after"))
            delete_project.sync(client=writer, name="after")

        thread = threading.Thread(target=write)
        started = time.monotonic()
        thread.start()
        events = list(watch_projects(client, timeout_seconds=2, field_selector="metadata.name=after"))
        thread.join()
    elapsed = time.monotonic() - started
    assert [e.type for e in events][:1] == [WatchEventType.ADDED]
    assert events[-1].type == WatchEventType.DELETED
    assert all(e.project is not None and meta(e.project)["name"] == "after" for e in events)
    assert 1.9 <= elapsed < 5


def test_ready_condition_turns_true_shortly_after_create(client: AuthenticatedClient) -> None:
    created = create(client, project("alpha"))
    assert conditions(created)["Ready"] == "False"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        current = read_project.sync(client=client, name="alpha")
        assert isinstance(current, Project)
        if conditions(current)["Ready"] == "True":
            return
        time.sleep(0.1)
    pytest.fail("the Ready condition never turned True")


# -- discovery and tokens --------------------------------------------------------------------------


def test_discovery_hash_names_the_served_document(client: AuthenticatedClient) -> None:
    index = list_open_api_documents.sync(client=client)
    assert isinstance(index, OpenApiDiscovery)
    url = index.paths.additional_properties["apis/resourcemanager.datumapis.com/v1alpha"].server_relative_url
    digest = url.split("?hash=")[1]
    assert len(digest) == 128
    assert digest == digest.upper()
    response = client.get_httpx_client().get(url)
    assert response.status_code == 200
    assert hashlib.sha512(response.content).hexdigest().upper() == digest
    assert response.headers["cache-control"] == "public, immutable"
    assert "/apis/resourcemanager.datumapis.com/v1alpha/projects" in response.json()["paths"]


def test_discovery_redirects_a_stale_hash_and_refuses_other_media(client: AuthenticatedClient) -> None:
    http = client.get_httpx_client()
    stale = http.get("/openapi/v3/apis/resourcemanager.datumapis.com/v1alpha", params={"hash": "A" * 128})
    assert stale.status_code == 301
    followed = http.get(
        "/openapi/v3/apis/resourcemanager.datumapis.com/v1alpha",
        params={"hash": "A" * 128},
        follow_redirects=True,
    )
    assert followed.status_code == 200
    assert followed.headers["cache-control"] == "public, immutable"
    assert hashlib.sha512(followed.content).hexdigest().upper() == followed.url.params["hash"]
    refused = get_resource_manager_open_api_document.sync_detailed(
        client=client.with_headers({"Accept": "application/xml"})
    )
    assert refused.status_code == 406
    assert status_of(refused).reason == "NotAcceptable"


def test_token_exchange_issues_tokens_the_control_planes_accept(host: str, org: str) -> None:
    token = exchange_personal_access_token("mock-token", host=host)
    assert token != "mock-token"
    with AuthenticatedClient(base_url=organization_control_plane_url(org, host=host), token=token) as c:
        assert list_projects.sync_detailed(client=c).status_code == 200
    with pytest.raises(DatumStatusError) as caught:
        exchange_personal_access_token("not-a-pat", host=host)
    assert caught.value.status_code == 401
    with pytest.raises(DatumStatusError):
        exchange_personal_access_token(token, host=host)  # a bearer token is not a personal access token


def test_unauthenticated_client_is_refused(host: str, org: str) -> None:
    with Client(base_url=organization_control_plane_url(org, host=host)) as c:
        assert list_projects.sync_detailed(client=c).status_code == 403
