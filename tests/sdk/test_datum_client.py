"""The Datum SDK's namespaced client (paging, watches, patches, token exchange, errors), against canned
answers (respx)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx
from datum_client import (
    ApiError,
    ApiStatusError,
    AsyncDatum,
    AuthenticationError,
    Datum,
    PermissionDeniedError,
)
from datum_client.errors import error_model
from datum_client.helpers import ProjectEvent, organization_control_plane_url, project_control_plane_url
from datum_client.models import (
    JsonPatchOperation,
    MergePatch,
    OAuthError,
    PatchProjectDryRun,
    Status,
    TokenExchangeResponse,
    WatchEventType,
)

HOST = "https://api.datum.net"
BASE = f"{HOST}/apis/resourcemanager.datumapis.com/v1alpha/organizations/acme/control-plane"
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
    route = respx.get(f"{HOST}/datum-os/oauth/token/exchange").respond(
        200, json={"access_token": "at-1", "token_type": "Bearer"}
    )
    with Datum(base_url=HOST, token="pat-1") as client:
        answer = client.authentication.exchange_personal_access_token()
    assert isinstance(answer, TokenExchangeResponse)
    assert answer.access_token == "at-1"
    assert route.calls.last.request.headers["Authorization"] == "Bearer pat-1"


@respx.mock
async def test_async_exchange_raises_on_refusal() -> None:
    respx.get(f"{HOST}/datum-os/oauth/token/exchange").respond(401, json={"error": "invalid_token"})
    async with AsyncDatum(base_url=HOST, token="bad") as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.authentication.exchange_personal_access_token()
    assert isinstance(caught.value, ApiStatusError)
    assert isinstance(caught.value, ApiError)
    assert caught.value.status_code == 401
    error = error_model(caught.value)
    assert isinstance(error, OAuthError)
    assert error.error == "invalid_token"


@respx.mock
def test_list_follows_continue_tokens() -> None:
    route = respx.get(PROJECTS).mock(
        side_effect=[
            httpx.Response(200, json=_page(["a", "b"], "tok")),
            httpx.Response(200, json=_page(["c"], None)),
        ]
    )
    with Datum(base_url=BASE, token="t") as client:
        names = [p.metadata.name for p in client.projects.list(label_selector="x=y", limit=2)]
    assert names == ["a", "b", "c"]
    first, second = (call.request.url.params for call in route.calls)
    assert (first["limit"], first["labelSelector"], "continue" in first) == ("2", "x=y", False)
    assert (second["continue"], second["limit"], second["labelSelector"]) == ("tok", "2", "x=y")


@respx.mock
def test_list_pages_one_at_a_time() -> None:
    respx.get(PROJECTS).mock(
        side_effect=[
            httpx.Response(200, json=_page(["a", "b"], "tok")),
            httpx.Response(200, json=_page(["c"], None)),
        ]
    )
    with Datum(base_url=BASE, token="t") as client:
        first = client.projects.list(limit=2)
        assert [p.metadata.name for p in first.items] == ["a", "b"]
        assert first.has_next_page()
        second = first.next_page()
    assert [p.metadata.name for p in second.items] == ["c"]
    assert not second.has_next_page()


@respx.mock
async def test_async_list_raises_the_status_of_an_expired_token() -> None:
    expired = {"kind": "Status", "status": "Failure", "reason": "Expired", "code": 410, "message": "too old"}
    respx.get(PROJECTS).mock(
        side_effect=[httpx.Response(200, json=_page(["a"], "tok")), httpx.Response(410, json=expired)]
    )
    seen: list[str] = []

    async def drain(client: AsyncDatum) -> None:
        async for project in client.projects.list():
            seen.append(str(project.metadata.name))

    async with AsyncDatum(base_url=BASE, token="t") as client:
        with pytest.raises(ApiStatusError) as caught:
            await drain(client)
    assert seen == ["a"]
    assert isinstance(caught.value, ApiError)
    status = error_model(caught.value)
    assert isinstance(status, Status)
    assert (caught.value.status_code, status.reason, status.code, status.message) == (
        410,
        "Expired",
        410,
        "too old",
    )


def _stream() -> bytes:
    events = [
        {"type": "ADDED", "object": _project("a", "8")},
        {"type": "BOOKMARK", "object": {"metadata": {"resourceVersion": "9"}}},
        {"type": "ERROR", "object": {"kind": "Status", "code": 410, "reason": "Expired"}},
    ]
    return b"".join(json.dumps(e).encode() + b"\n" for e in events)


@respx.mock
def test_watch_yields_typed_events() -> None:
    route = respx.get(PROJECTS).respond(
        200, content=_stream(), headers={"content-type": "application/x-ndjson"}
    )
    with Datum(base_url=BASE, token="t") as client:
        events = list(client.projects.watch(label_selector="x=y", timeout_seconds=5))
    assert all(isinstance(e, ProjectEvent) for e in events)
    assert [e.type for e in events] == [WatchEventType.ADDED, WatchEventType.BOOKMARK, WatchEventType.ERROR]
    assert events[0].project is not None
    assert events[0].project.metadata.name == "a"
    assert events[0].resource_version == "8"
    assert events[1].resource_version == "9"
    assert events[1].project is None
    assert events[2].status is not None
    assert events[2].status.reason == "Expired"
    params = route.calls.last.request.url.params
    assert (params["watch"], params["labelSelector"], params["timeoutSeconds"]) == ("true", "x=y", "5")


@respx.mock
async def test_async_watch_raises_on_refusal() -> None:
    forbidden = {"kind": "Status", "status": "Failure", "reason": "Forbidden", "code": 403}
    respx.get(PROJECTS).respond(403, json=forbidden)
    async with AsyncDatum(base_url=BASE, token="t") as client:
        with pytest.raises(PermissionDeniedError) as caught:
            async for _ in client.projects.watch():
                pass
    assert isinstance(caught.value, ApiError)
    status = error_model(caught.value)
    assert isinstance(status, Status)
    assert (caught.value.status_code, status.reason) == (403, "Forbidden")


@respx.mock
async def test_async_watch_yields_typed_events() -> None:
    respx.get(PROJECTS).respond(200, content=_stream())
    async with AsyncDatum(base_url=BASE, token="t") as client:
        kinds = [event.type async for event in client.projects.watch()]
    assert kinds == [WatchEventType.ADDED, WatchEventType.BOOKMARK, WatchEventType.ERROR]


@respx.mock
def test_patch_picks_the_media_type_from_the_body() -> None:
    route = respx.patch(f"{PROJECTS}/a").respond(200, json=_project("a", "2"))
    with Datum(base_url=BASE, token="t") as client:
        client.projects.patch("a", body=MergePatch.from_dict({"metadata": {"labels": {"x": "y"}}}))
        client.projects.patch(
            "a",
            body=[JsonPatchOperation.from_dict({"op": "remove", "path": "/metadata/labels/x"})],
            dry_run=PatchProjectDryRun.ALL,
        )
        client.projects.patch("a", body="metadata:\n  name: a\n", field_manager="tests")
    kinds = [call.request.headers["content-type"] for call in route.calls]
    assert kinds == [
        "application/merge-patch+json",
        "application/json-patch+json",
        "application/apply-patch+yaml",
    ]
    assert json.loads(route.calls[0].request.content) == {"metadata": {"labels": {"x": "y"}}}
    assert route.calls[1].request.url.params["dryRun"] == "All"
    assert json.loads(route.calls[1].request.content) == [{"op": "remove", "path": "/metadata/labels/x"}]
    assert route.calls[2].request.content == b"metadata:\n  name: a\n"
    assert route.calls[2].request.url.params["fieldManager"] == "tests"


@respx.mock
async def test_async_patch_status_targets_the_status_subresource() -> None:
    route = respx.patch(f"{PROJECTS}/a/status").respond(200, json=_project("a", "3"))
    async with AsyncDatum(base_url=BASE, token="t") as client:
        patched = await client.projects.patch_status(
            "a", body=MergePatch.from_dict({"status": {"conditions": []}})
        )
    assert patched.metadata.resource_version == "3"
    assert route.called
    assert route.calls.last.request.headers["content-type"] == "application/merge-patch+json"
