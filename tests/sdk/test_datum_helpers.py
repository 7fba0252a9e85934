"""The hand-written Datum SDK helpers, against canned answers (respx)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx
from datum_client import AuthenticatedClient
from datum_client.helpers import (
    DatumStatusError,
    aiter_projects,
    apatch_project,
    async_exchange_personal_access_token,
    awatch_projects,
    exchange_personal_access_token,
    iter_projects,
    organization_control_plane_url,
    patch_project,
    project_control_plane_url,
    watch_projects,
)
from datum_client.models import WatchEventType

BASE = "https://api.datum.net/apis/resourcemanager.datumapis.com/v1alpha/organizations/acme/control-plane"
PROJECTS = f"{BASE}/apis/resourcemanager.datumapis.com/v1alpha/projects"


def _project(name: str, version: str = "1") -> dict[str, object]:
    return {
        "metadata": {"name": name, "resourceVersion": version},
        "spec": {"parent": {"external": "organizations/acme"}},
    }


def _page(names: list[str], token: str | None) -> dict[str, object]:
    metadata = {"resourceVersion": "7", **({"continue": token} if token else {})}
    return {"kind": "ProjectList", "metadata": metadata, "items": [_project(n) for n in names]}


def test_control_plane_urls() -> None:
    assert organization_control_plane_url("acme") == BASE
    assert project_control_plane_url("p-1", host="http://localhost:4010/datum/") == (
        "http://localhost:4010/datum/apis/resourcemanager.datumapis.com/v1alpha/projects/p-1/control-plane"
    )


@respx.mock
def test_exchange_sends_the_personal_access_token_and_returns_the_bearer_token() -> None:
    route = respx.get("https://api.datum.net/datum-os/oauth/token/exchange").respond(
        200, json={"access_token": "at-1", "token_type": "Bearer"}
    )
    assert exchange_personal_access_token("pat-1") == "at-1"
    assert route.calls.last.request.headers["Authorization"] == "Bearer pat-1"


@respx.mock
async def test_async_exchange_raises_on_refusal() -> None:
    respx.get("https://api.datum.net/datum-os/oauth/token/exchange").respond(
        401, json={"error": "invalid_token"}
    )
    with pytest.raises(DatumStatusError) as caught:
        await async_exchange_personal_access_token("bad")
    assert caught.value.status_code == 401


@respx.mock
def test_iter_projects_follows_continue_tokens() -> None:
    route = respx.get(PROJECTS).mock(
        side_effect=[
            httpx.Response(200, json=_page(["a", "b"], "tok")),
            httpx.Response(200, json=_page(["c"], None)),
        ]
    )
    with AuthenticatedClient(base_url=BASE, token="t") as client:
        names = [p.metadata.name for p in iter_projects(client, label_selector="x=y", page_size=2)]
    assert names == ["a", "b", "c"]
    first, second = (call.request.url.params for call in route.calls)
    assert (first["limit"], first["labelSelector"], "continue" in first) == ("2", "x=y", False)
    assert second["continue"] == "tok"


@respx.mock
async def test_aiter_projects_raises_the_status_of_an_expired_token() -> None:
    expired = {"kind": "Status", "status": "Failure", "reason": "Expired", "code": 410, "message": "too old"}
    respx.get(PROJECTS).mock(
        side_effect=[httpx.Response(200, json=_page(["a"], "tok")), httpx.Response(410, json=expired)]
    )
    seen: list[str] = []

    async def drain(client: AuthenticatedClient) -> None:
        async for project in aiter_projects(client):
            seen.append(str(project.metadata.name))

    async with AuthenticatedClient(base_url=BASE, token="t") as client:
        with pytest.raises(DatumStatusError) as caught:
            await drain(client)
    assert seen == ["a"]
    assert (caught.value.status_code, caught.value.reason) == (410, "Expired")


def _stream() -> bytes:
    events = [
        {"type": "ADDED", "object": _project("a", "8")},
        {"type": "BOOKMARK", "object": {"metadata": {"resourceVersion": "9"}}},
        {"type": "ERROR", "object": {"kind": "Status", "code": 410, "reason": "Expired"}},
    ]
    return b"".join(json.dumps(e).encode() + b"\n" for e in events)


@respx.mock
def test_watch_projects_yields_typed_events() -> None:
    route = respx.get(PROJECTS).respond(
        200, content=_stream(), headers={"content-type": "application/x-ndjson"}
    )
    with AuthenticatedClient(base_url=BASE, token="t") as client:
        events = list(watch_projects(client, label_selector="x=y", timeout_seconds=5))
    assert [e.type for e in events] == [WatchEventType.ADDED, WatchEventType.BOOKMARK, WatchEventType.ERROR]
    assert events[0].project is not None
    assert events[0].project.metadata.name == "a"
    assert events[1].resource_version == "9"
    assert events[2].status is not None
    assert events[2].status.reason == "Expired"
    params = route.calls.last.request.url.params
    assert (params["watch"], params["labelSelector"], params["timeoutSeconds"]) == ("true", "x=y", "5")


@respx.mock
async def test_awatch_projects_raises_on_refusal() -> None:
    forbidden = {"kind": "Status", "status": "Failure", "reason": "Forbidden", "code": 403}
    respx.get(PROJECTS).respond(403, json=forbidden)
    async with AuthenticatedClient(base_url=BASE, token="t") as client:
        with pytest.raises(DatumStatusError) as caught:
            async for _ in awatch_projects(client):
                pass
    assert caught.value.reason == "Forbidden"


@respx.mock
async def test_awatch_projects_yields_typed_events() -> None:
    respx.get(PROJECTS).respond(200, content=_stream())
    async with AuthenticatedClient(base_url=BASE, token="t") as client:
        kinds = [event.type async for event in awatch_projects(client)]
    assert kinds == [WatchEventType.ADDED, WatchEventType.BOOKMARK, WatchEventType.ERROR]


@respx.mock
def test_patch_project_picks_the_media_type_from_the_patch() -> None:
    route = respx.patch(f"{PROJECTS}/a").respond(200, json=_project("a", "2"))
    with AuthenticatedClient(base_url=BASE, token="t") as client:
        patch_project(client, "a", {"metadata": {"labels": {"x": "y"}}})
        patch_project(client, "a", [{"op": "remove", "path": "/metadata/labels/x"}], dry_run=True)
        patch_project(client, "a", "metadata:\n  name: a\n")
    kinds = [call.request.headers["content-type"] for call in route.calls]
    assert kinds == [
        "application/merge-patch+json",
        "application/json-patch+json",
        "application/apply-patch+yaml",
    ]
    assert route.calls[1].request.url.params["dryRun"] == "All"
    assert json.loads(route.calls[1].request.content) == [{"op": "remove", "path": "/metadata/labels/x"}]


@respx.mock
async def test_apatch_project_targets_the_status_subresource() -> None:
    route = respx.patch(f"{PROJECTS}/a/status").respond(200, json=_project("a", "3"))
    async with AuthenticatedClient(base_url=BASE, token="t") as client:
        patched = await apatch_project(client, "a", {"status": {"conditions": []}}, status=True)
    assert patched.metadata.resource_version == "3"
    assert route.called
