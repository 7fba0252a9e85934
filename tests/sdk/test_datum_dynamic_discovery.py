"""The dynamic client's discovery against canned answers (respx): documents are fetched once per
`?hash=`, a stale hash's 301 is followed to the current document, and a refreshed map is re-read."""

from __future__ import annotations

import asyncio

import httpx
import respx
from datum_client import AsyncDatum, Datum
from datum_client.dynamic import DynamicClient
from datum_client.dynamic_async import AsyncDynamicClient

BASE = "https://api.datum.net/apis/resourcemanager.datumapis.com/v1alpha/projects/p1/control-plane"
OLD, NEW = "A" * 128, "B" * 128
DOCUMENT_PATH = "/openapi/v3/apis/example.com/v1"
DOCUMENT = {
    "openapi": "3.0.0",
    "info": {"title": "example.com/v1", "version": "v1"},
    "paths": {
        "/apis/example.com/v1/namespaces/{namespace}/widgets": {
            "post": {
                "x-kubernetes-group-version-kind": {
                    "group": "example.com",
                    "version": "v1",
                    "kind": "Widget",
                },
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/com.example.v1.Widget"}}
                    }
                },
            }
        },
        "/apis/example.com/v1/namespaces/{namespace}/widgets/{name}": {"get": {}},
    },
    "components": {
        "schemas": {
            "com.example.v1.Widget": {
                "type": "object",
                "required": ["spec"],
                "properties": {"spec": {"type": "object", "properties": {"size": {"type": "integer"}}}},
                "x-kubernetes-group-version-kind": [
                    {"group": "example.com", "version": "v1", "kind": "Widget"}
                ],
            }
        }
    },
}


def _discovery(digest: str) -> dict[str, object]:
    return {"paths": {"apis/example.com/v1": {"serverRelativeURL": f"{DOCUMENT_PATH}?hash={digest}"}}}


def _routes(mock: respx.MockRouter) -> tuple[respx.Route, respx.Route, respx.Route]:
    discovery = mock.get(f"{BASE}/openapi/v3").respond(200, json=_discovery(OLD))
    stale = mock.get(f"{BASE}{DOCUMENT_PATH}", params={"hash": OLD}).respond(
        301, headers={"Location": f"{DOCUMENT_PATH}?hash={NEW}"}
    )
    current = mock.get(f"{BASE}{DOCUMENT_PATH}", params={"hash": NEW}).respond(200, json=DOCUMENT)
    return discovery, stale, current


@respx.mock
def test_a_stale_hash_is_followed_and_documents_are_cached_by_hash() -> None:
    discovery, stale, current = _routes(respx.mock)
    with Datum(base_url=BASE, token="t") as client:
        dynamic = DynamicClient(client)
        widgets = dynamic.resources("example.com/v1", "widgets")
        assert (widgets.kind.kind, widgets.kind.namespaced, widgets.kind.has_status) == (
            "Widget",
            True,
            False,
        )
        dynamic.resources("example.com/v1", "widgets")
        assert (discovery.call_count, stale.call_count, current.call_count) == (1, 1, 1)
        # The map now names the current hash: after a refresh, nothing is fetched twice.
        dynamic.refresh()
        discovery.respond(200, json=_discovery(NEW))
        dynamic.resources("example.com/v1", "widgets")
        assert (discovery.call_count, stale.call_count, current.call_count) == (2, 1, 1)
        created = respx.post(f"{BASE}/apis/example.com/v1/namespaces/default/widgets").respond(
            201, json={"metadata": {"name": "w"}}
        )
        widgets.create({"metadata": {"name": "w"}, "spec": {"size": 3}})
        sent = created.calls.last.request
        assert sent.headers["Authorization"] == "Bearer t"
        assert httpx.Response(200, content=sent.content).json() == {
            "apiVersion": "example.com/v1",
            "kind": "Widget",
            "metadata": {"name": "w", "namespace": "default"},
            "spec": {"size": 3},
        }


@respx.mock
def test_the_async_client_follows_the_same_rules() -> None:
    discovery, stale, current = _routes(respx.mock)

    async def run() -> str:
        async with AsyncDatum(base_url=BASE, token="t") as client:
            dynamic = AsyncDynamicClient(client)
            await dynamic.resources("example.com/v1", "widgets")
            widgets = await dynamic.resources("example.com/v1", "widgets")
            return widgets.kind.kind

    assert asyncio.run(run()) == "Widget"
    assert (discovery.call_count, stale.call_count, current.call_count) == (1, 1, 1)
