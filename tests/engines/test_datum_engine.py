"""The Datum engine's Kubernetes semantics, through the generated SDK's namespaced client, over a socket."""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx
import pytest
from datum_client import (
    ApiStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    Datum,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from datum_client.errors import error_model
from datum_client.helpers import organization_control_plane_url, project_control_plane_url
from datum_client.models import (
    CreateProjectDryRun,
    DeleteProjectDryRun,
    JsonPatchOperation,
    MergePatch,
    OpenApiDiscovery,
    PatchProjectDryRun,
    Project,
    ProjectList,
    Status,
    WatchEventType,
)

from mockserver.testing import reset

ORG_LABEL = "resourcemanager.datumapis.com/organization-id"
PROJECTS = "/apis/resourcemanager.datumapis.com/v1alpha/projects"


@pytest.fixture(autouse=True)
def _reset(mockserver_url: str) -> None:
    reset(mockserver_url)


@pytest.fixture
def host(mockserver_url: str) -> str:
    return f"{mockserver_url}/datum"


@pytest.fixture
def org() -> str:
    return f"org-{uuid.uuid4().hex[:8]}"


def datum(host: str, org: str, token: str = "mock-token") -> Datum:
    return Datum(base_url=organization_control_plane_url(org, host=host), token=token)


@pytest.fixture
def client(host: str, org: str) -> Iterator[Datum]:
    with datum(host, org) as c:
        yield c


def project(
    name: str | None = None, *, generate: str | None = None, labels: dict[str, str] | None = None
) -> Project:
    metadata: dict[str, Any] = {"name": name} if name else {"generateName": generate}
    if labels:
        metadata["labels"] = labels
    return Project.from_dict({"metadata": metadata, "spec": {"parent": {"external": "organizations/acme"}}})


def merge(patch: dict[str, Any]) -> MergePatch:
    return MergePatch.from_dict(patch)


def json_patch(*operations: dict[str, Any]) -> list[JsonPatchOperation]:
    return [JsonPatchOperation.from_dict(op) for op in operations]


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


def status_of(error: ApiStatusError) -> Status:
    """The Kubernetes `Status` an error answer carried."""
    found = error_model(error)
    assert isinstance(found, Status), error.content
    return found


def failure(kind: type[ApiStatusError], call: Callable[[], object]) -> ApiStatusError:
    """The error of `kind` that `call` raises."""
    with pytest.raises(kind) as caught:
        call()
    return caught.value


def first_page(client: Datum, **params: Any) -> ProjectList:
    page = client.projects.list(**params).result
    assert isinstance(page, ProjectList)
    return page


# -- names, server fields, organizations -------------------------------------------------------------


def test_create_fills_in_server_fields_and_the_organization_label(client: Datum, org: str) -> None:
    created = client.projects.create(body=project("alpha"))
    fields = meta(created)
    assert fields["name"] == "alpha"
    assert uuid.UUID(fields["uid"])
    assert fields["creationTimestamp"]
    assert fields["generation"] == 1
    assert fields["resourceVersion"]
    assert fields["labels"][ORG_LABEL] == org


def test_generate_name_appends_a_random_suffix(client: Datum) -> None:
    first = meta(client.projects.create(body=project(generate="intro-project-")))["name"]
    second = meta(client.projects.create(body=project(generate="intro-project-")))["name"]
    assert first != second
    for name in (first, second):
        assert name.startswith("intro-project-")
        assert len(name) == len("intro-project-") + 5


def test_resource_version_changes_on_every_write(client: Datum) -> None:
    versions = [client.projects.create(body=project("alpha")).metadata.resource_version]
    patched = client.projects.patch("alpha", body=merge({"metadata": {"labels": {"a": "b"}}}))
    versions.append(patched.metadata.resource_version)
    # Read, modify, write, and read again on a conflict, as Kubernetes clients do: the controller
    # may turn the Project Ready between the read and the write (a write of its own).
    for _attempt in range(5):
        current = client.projects.read("alpha")
        body = Project.from_dict({**current.to_dict(), "status": {"conditions": []}})
        try:
            replaced = client.projects.replace_status("alpha", body=body)
        except ConflictError:
            continue
        break
    versions.append(replaced.metadata.resource_version)
    assert len(set(versions)) == 3


def test_projects_of_one_organization_are_invisible_from_another(host: str, org: str, client: Datum) -> None:
    client.projects.create(body=project("alpha"))
    other_org = f"org-{uuid.uuid4().hex[:8]}"
    with datum(host, other_org) as other:
        assert failure(NotFoundError, lambda: other.projects.read("alpha")).status_code == 404
        assert list(other.projects.list()) == []
        # Even a selector naming the first organization cannot reach its projects.
        assert list(other.projects.list(label_selector=f"{ORG_LABEL}={org}")) == []


def test_invalid_organization_id_is_400(host: str) -> None:
    with datum(host, "Not_A_Label!") as c:
        error = failure(BadRequestError, c.projects.list)
    assert error.status_code == 400
    status = status_of(error)
    assert status.reason == "BadRequest"
    assert 'invalid organization ID "Not_A_Label!"' in str(status.message)


def test_project_control_plane_serves_no_projects(client: Datum, host: str) -> None:
    with Datum(base_url=project_control_plane_url("alpha", host=host), token="mock-token") as c:
        assert failure(PermissionDeniedError, c.projects.list).status_code == 403  # no project "alpha" yet
        client.projects.create(body=project("alpha"))
        assert failure(NotFoundError, c.projects.list).status_code == 404
        index = c.discovery.list_open_api_documents()
    assert isinstance(index, OpenApiDiscovery)
    served = set(index.to_dict()["paths"])
    assert "apis/resourcemanager.datumapis.com/v1alpha" not in served
    assert {"api/v1", "apis/compute.datumapis.com/v1alpha", "apis/networking.datumapis.com/v1alpha"} <= served


# -- errors ----------------------------------------------------------------------------------------


def test_duplicate_create_is_409_already_exists(client: Datum) -> None:
    client.projects.create(body=project("alpha"))
    error = failure(ConflictError, lambda: client.projects.create(body=project("alpha")))
    assert error.status_code == 409
    status = status_of(error)
    assert (status.reason, details(status)["name"], details(status)["kind"]) == (
        "AlreadyExists",
        "alpha",
        "projects",
    )


def test_stale_resource_version_is_409_conflict(client: Datum) -> None:
    stale = client.projects.create(body=project("alpha"))
    client.projects.patch("alpha", body=merge({"metadata": {"labels": {"a": "b"}}}))
    error = failure(ConflictError, lambda: client.projects.replace("alpha", body=stale))
    assert error.status_code == 409
    assert status_of(error).reason == "Conflict"
    stale_patch = merge({"metadata": {"resourceVersion": stale.metadata.resource_version}})
    error = failure(ConflictError, lambda: client.projects.patch("alpha", body=stale_patch))
    assert error.status_code == 409


def test_missing_project_is_404_not_found(client: Datum) -> None:
    error = failure(NotFoundError, lambda: client.projects.read("ghost"))
    assert error.status_code == 404
    status = status_of(error)
    assert status.reason == "NotFound"
    assert status.code == 404
    assert status.message == 'projects.resourcemanager.datumapis.com "ghost" not found'
    assert details(status) == {
        "name": "ghost",
        "group": "resourcemanager.datumapis.com",
        "kind": "projects",
    }


def test_missing_parent_is_422_invalid_with_a_cause(client: Datum) -> None:
    # The model requires spec.parent.external, so the body goes out as raw JSON.
    body = {"metadata": {"name": "alpha"}, "spec": {"parent": {}}}
    response = client.http_client.post(PROJECTS, json=body)
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
    if token:
        with datum(host, org, token) as c:
            error = failure(PermissionDeniedError, c.projects.list)
        assert (status_of(error).reason, status_of(error).code) == ("Forbidden", 403)


# -- writes ----------------------------------------------------------------------------------------


def test_merge_patch_and_json_patch(client: Datum) -> None:
    client.projects.create(body=project("alpha", labels={"tier": "gold"}))
    merged = client.projects.patch(
        "alpha", body=merge({"metadata": {"labels": {"env": "prod", "tier": None}}})
    )
    labels = meta(merged)["labels"]
    assert labels["env"] == "prod"
    assert "tier" not in labels
    patched = client.projects.patch(
        "alpha",
        body=json_patch({"op": "replace", "path": "/spec/parent/external", "value": "organizations/b"}),
    )
    assert patched.spec.parent.external == "organizations/b"
    assert meta(patched)["generation"] == 2  # a spec change is a new generation
    failed_test = json_patch({"op": "test", "path": "/spec/parent/external", "value": "nope"})
    error = failure(UnprocessableEntityError, lambda: client.projects.patch("alpha", body=failed_test))
    assert error.status_code == 422


def test_apply_patch_must_be_a_manifest_of_the_objects_version(client: Datum) -> None:
    """As the API server's field manager: the manifest's `apiVersion` must be the object's, and it
    may carry no `managedFields`; each refusal is a 400 before anything is applied."""
    client.projects.create(body=project("alpha"))
    labels = "metadata:\n  name: alpha\n  labels:\n    env: prod\n"
    manifest = f"apiVersion: resourcemanager.datumapis.com/v1alpha\nkind: Project\n{labels}"
    applied = client.projects.patch("alpha", body=manifest)
    assert meta(applied)["labels"]["env"] == "prod"
    for wrong, said in (
        (labels, "Specified patch version: , expected: resourcemanager.datumapis.com/v1alpha"),
        ("{}\n", "Specified patch version: , expected: resourcemanager.datumapis.com/v1alpha"),
        (manifest.replace("v1alpha", "v1"), "Specified patch version: resourcemanager.datumapis.com/v1,"),
        (manifest + "  managedFields: [{manager: kubectl}]\n", "metadata.managedFields must be nil"),
    ):
        with pytest.raises(BadRequestError) as caught:
            client.projects.patch("alpha", body=wrong)
        assert said in (status_of(caught.value).message or ""), wrong
    assert client.projects.read("alpha").metadata.resource_version == applied.metadata.resource_version


def test_status_subresource_is_separate_from_spec(client: Datum) -> None:
    created = client.projects.create(body=project("alpha"))
    # A write to the main resource ignores status...
    condition = {
        "type": "Custom",
        "status": "True",
        "reason": "Set",
        "message": "",
        "lastTransitionTime": "2025-01-01T00:00:00Z",
    }
    main = client.projects.patch(
        "alpha", body=merge({"status": {"conditions": [condition]}, "metadata": {"labels": {"a": "b"}}})
    )
    assert main.to_dict()["status"] == created.to_dict()["status"]
    # ...and a write to status ignores everything else.
    status_write = client.projects.patch_status(
        "alpha", body=merge({"status": {"conditions": [condition]}, "spec": {"parent": {"external": "x"}}})
    )
    assert list(conditions(status_write)) == ["Custom"]
    assert status_write.spec.parent.external == "organizations/acme"
    assert meta(status_write)["generation"] == 1
    read = client.projects.read_status("alpha")
    assert list(conditions(read)) == ["Custom"]


def test_dry_run_writes_nothing(client: Datum) -> None:
    dry = client.with_raw_response.projects.create(body=project("alpha"), dry_run=CreateProjectDryRun.ALL)
    assert dry.status_code == 201
    failure(NotFoundError, lambda: client.projects.read("alpha"))
    created = client.projects.create(body=project("alpha"))
    client.projects.patch(
        "alpha", body=merge({"metadata": {"labels": {"a": "b"}}}), dry_run=PatchProjectDryRun.ALL
    )
    after = client.projects.read("alpha")
    assert meta(after)["resourceVersion"] == meta(created)["resourceVersion"]
    client.projects.delete("alpha", dry_run=DeleteProjectDryRun.ALL)
    assert client.with_raw_response.projects.read("alpha").status_code == 200


def test_delete_answers_status_success(client: Datum) -> None:
    created = client.projects.create(body=project("alpha"))
    response = client.with_raw_response.projects.delete("alpha")
    assert response.status_code == 200
    status = response.parse()
    assert isinstance(status, Status)
    assert status.status == "Success"
    assert (details(status)["name"], details(status)["uid"]) == ("alpha", meta(created)["uid"])
    failure(NotFoundError, lambda: client.projects.read("alpha"))


# -- lists -----------------------------------------------------------------------------------------


def test_limit_and_continue_page_through_a_snapshot(client: Datum) -> None:
    for name in ("a1", "a2", "a3"):
        client.projects.create(body=project(name))
    first = client.projects.list(limit=2)
    assert names(first.items) == ["a1", "a2"]
    assert isinstance(first.result, ProjectList)
    assert list_meta(first.result)["remainingItemCount"] == 1
    assert first.has_next_page()
    client.projects.create(body=project("a0"))  # after the snapshot: not on the next page
    second = first.next_page()
    assert names(second.items) == ["a3"]
    assert not second.has_next_page()
    assert names(client.projects.list(limit=1)) == ["a0", "a1", "a2", "a3"]


def test_stale_continue_token_is_410_expired(client: Datum) -> None:
    client.projects.create(body=project("a1"))
    client.projects.create(body=project("a2"))
    page = client.projects.list(limit=1)
    assert page.has_next_page()
    for index in range(101):  # beyond the mock's history window of 100 revisions
        client.projects.patch("a1", body=merge({"metadata": {"annotations": {"n": str(index)}}}))
    error = failure(ApiStatusError, page.next_page)
    assert error.status_code == 410
    assert status_of(error).reason == "Expired"


def test_label_selectors_equality_and_set_based(client: Datum) -> None:
    client.projects.create(body=project("p1", labels={"env": "prod", "tier": "gold"}))
    client.projects.create(body=project("p2", labels={"env": "dev"}))
    client.projects.create(body=project("p3"))

    def selected(selector: str) -> list[str]:
        return names(client.projects.list(label_selector=selector))

    assert selected("env=prod") == ["p1"]
    assert selected("env!=prod") == ["p2", "p3"]
    assert selected("env in (prod, dev)") == ["p1", "p2"]
    assert selected("env notin (prod)") == ["p2", "p3"]
    assert selected("tier") == ["p1"]
    assert selected("!env") == ["p3"]
    assert selected("env=prod,tier=silver") == []


def test_field_selector_on_metadata_name(client: Datum) -> None:
    client.projects.create(body=project("p1"))
    client.projects.create(body=project("p2"))
    assert names(client.projects.list(field_selector="metadata.name=p2")) == ["p2"]
    assert names(client.projects.list(field_selector="metadata.name!=p2")) == ["p1"]


# -- watch and readiness ---------------------------------------------------------------------------


def test_watch_streams_changes_after_the_request_until_the_timeout(
    client: Datum, host: str, org: str
) -> None:
    client.projects.create(body=project("before"))  # before the watch: never an event
    with datum(host, org) as writer:

        def write() -> None:
            time.sleep(0.3)
            writer.projects.create(body=project("after"))
            writer.projects.delete("after")

        thread = threading.Thread(target=write)
        started = time.monotonic()
        thread.start()
        events = list(client.projects.watch(timeout_seconds=2, field_selector="metadata.name=after"))
        thread.join()
    elapsed = time.monotonic() - started
    assert [e.type for e in events][:1] == [WatchEventType.ADDED]
    assert events[-1].type == WatchEventType.DELETED
    assert all(e.project is not None and meta(e.project)["name"] == "after" for e in events)
    assert 1.9 <= elapsed < 5


def test_ready_condition_turns_true_shortly_after_create(client: Datum) -> None:
    created = client.projects.create(body=project("alpha"))
    assert conditions(created)["Ready"] == "False"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if conditions(client.projects.read("alpha"))["Ready"] == "True":
            return
        time.sleep(0.1)
    pytest.fail("the Ready condition never turned True")


# -- discovery and tokens --------------------------------------------------------------------------


def test_discovery_hash_names_the_served_document(client: Datum) -> None:
    index = client.discovery.list_open_api_documents()
    url = index.paths.additional_properties["apis/resourcemanager.datumapis.com/v1alpha"].server_relative_url
    digest = url.split("?hash=")[1]
    assert len(digest) == 128
    assert digest == digest.upper()
    response = client.http_client.get(url)
    assert response.status_code == 200
    assert hashlib.sha512(response.content).hexdigest().upper() == digest
    assert response.headers["cache-control"] == "public, immutable"
    assert "/apis/resourcemanager.datumapis.com/v1alpha/projects" in response.json()["paths"]


def test_discovery_redirects_a_stale_hash_and_refuses_other_media(client: Datum) -> None:
    http = client.http_client
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
    error = failure(
        ApiStatusError,
        lambda: client.discovery.get_resource_manager_open_api_document(
            extra_headers={"Accept": "application/xml"}
        ),
    )
    assert error.status_code == 406
    assert status_of(error).reason == "NotAcceptable"


def test_token_exchange_issues_tokens_the_control_planes_accept(host: str, org: str) -> None:
    with Datum(base_url=host, token="mock-token") as c:
        token = c.authentication.exchange_personal_access_token().access_token
    assert token != "mock-token"
    with datum(host, org, token) as c:
        assert c.with_raw_response.projects.list().status_code == 200
    with Datum(base_url=host, token="not-a-pat") as c:
        error = failure(AuthenticationError, c.authentication.exchange_personal_access_token)
    assert error.status_code == 401
    with Datum(base_url=host, token=token) as c:  # a bearer token is not a personal access token
        failure(ApiStatusError, c.authentication.exchange_personal_access_token)


def test_unauthenticated_client_is_refused(host: str, org: str) -> None:
    with Datum(base_url=organization_control_plane_url(org, host=host)) as c:
        assert failure(PermissionDeniedError, c.projects.list).status_code == 403
