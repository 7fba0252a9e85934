"""The namespaced clients (`Omnistrate`, `AsyncPDS`, ...) as users meet them: options reach the wire,
copies leave originals alone, closed clients say so, raw and streamed answers, pages, environment."""

from __future__ import annotations

import asyncio
import gc
import json
import platform
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from datum_client import ApiError as DatumApiError
from datum_client import AsyncDatum, Datum
from omnistrate_client import (
    DEFAULT_TIMEOUT,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AsyncOmnistrate,
    ClientClosedError,
    NotFoundError,
    Omnistrate,
    RawResponse,
)
from pds_client import PDS, AsyncPDS
from pds_client import AuthenticatedClient as PdsFunctionalClient
from pds_client import ConfigurationError as PdsConfigurationError
from pds_client.api.storage_options_templates import list_storage_options_templates
from pds_client.models import ListStorageOptionsTemplatesProvisionerItem as Provisioner

from .sdk_support import OMNISTRATE, SERVICE_PATH, service

Requests = list[httpx.Request]


def _recording(answer: Any = None, status: int = 200) -> tuple[httpx.MockTransport, Requests]:
    seen: Requests = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = answer(request) if callable(answer) else (answer if answer is not None else service())
        return httpx.Response(status, json=body)

    return httpx.MockTransport(handler), seen


def _omnistrate(answer: Any = None, status: int = 200, **options: Any) -> tuple[Omnistrate, Requests]:
    transport, seen = _recording(answer, status)
    client = Omnistrate(
        base_url=OMNISTRATE, token="secret-token", http_client=httpx.Client(transport=transport), **options
    )
    return client, seen


def test_defaults_user_agent_and_finite_timeout() -> None:
    client, seen = _omnistrate()
    described = client.services.describe("s-1")
    assert described.id == "s-1"
    request = seen[0]
    assert request.url == f"{OMNISTRATE}{SERVICE_PATH}"
    assert request.headers["authorization"] == "Bearer secret-token"
    agent = request.headers["user-agent"]
    assert agent.startswith("omnistrate-client/2022.9.1 python/")
    assert f"python/{platform.python_version()}" in agent
    assert f"httpx/{httpx.__version__}" in agent
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert client.timeout == DEFAULT_TIMEOUT
    # A client that builds its own httpx client carries the same default.
    assert Omnistrate(base_url=OMNISTRATE).http_client.timeout == DEFAULT_TIMEOUT
    assert Omnistrate(base_url=OMNISTRATE, timeout=None).http_client.timeout == httpx.Timeout(None)


def test_per_call_timeout_headers_query_and_body_reach_the_wire() -> None:
    client, seen = _omnistrate(answer=lambda r: "new-service-id" if r.method == "POST" else service())
    from omnistrate_client.models import CreateServiceRequest

    body = CreateServiceRequest.from_dict({"name": "n", "description": "d"})
    client.services.create(
        body=body,
        timeout=2.5,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"dryRun": "true"},
        extra_body={"extra": 1},
    )
    request = seen[0]
    assert request.headers["x-trace"] == "t-1"
    assert request.url.params["dryRun"] == "true"
    assert json.loads(request.content) == {"name": "n", "description": "d", "extra": 1}
    assert request.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    client.services.describe("s-1", timeout=httpx.Timeout(9.0))
    assert seen[1].extensions["timeout"]["read"] == 9.0


def test_with_options_returns_a_copy_and_leaves_the_original_untouched() -> None:
    client, seen = _omnistrate()
    copy = client.with_options(headers={"X-Team": "a"}, timeout=3, token="other", retries=0)
    assert isinstance(copy, Omnistrate)
    assert copy is not client
    copy.services.describe("s-1")
    client.services.describe("s-1")
    first, second = seen
    assert first.headers["x-team"] == "a"
    assert first.headers["authorization"] == "Bearer other"
    assert first.extensions["timeout"]["read"] == 3.0
    assert "x-team" not in second.headers
    assert second.headers["authorization"] == "Bearer secret-token"
    assert second.extensions["timeout"]["read"] == 60.0
    assert client.timeout == DEFAULT_TIMEOUT
    assert copy.timeout == httpx.Timeout(3.0, connect=3.0)
    # The pool is shared and belongs to the original: closing the copy keeps the original usable.
    copy.close()
    assert client.services.describe("s-1").id == "s-1"


def test_use_after_close_raises_an_api_error() -> None:
    client, _ = _omnistrate()
    with client:
        client.services.describe("s-1")
    with pytest.raises(ClientClosedError, match="client is closed") as caught:
        client.services.describe("s-1")
    assert isinstance(caught.value, ApiError)


def test_async_use_after_aclose_raises_an_api_error() -> None:
    async def main() -> None:
        client = AsyncOmnistrate(base_url=OMNISTRATE, token="t")
        async with client:
            pass
        with pytest.raises(ClientClosedError):
            await client.services.describe("s-1")

    asyncio.run(main())


def test_environment_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PDS_BASE_URL", "https://pds.from-env.test")
    monkeypatch.setenv("PDS_TOKEN", "env-token")
    client = PDS()
    assert client.base_url == "https://pds.from-env.test"
    assert client.headers["Authorization"] == "Bearer env-token"
    assert repr(client) == "PDS(base_url='https://pds.from-env.test', token=<redacted>)"
    assert "env-token" not in repr(client)
    # Arguments win over the environment.
    assert PDS(base_url="https://other.test").base_url == "https://other.test"
    monkeypatch.delenv("PDS_BASE_URL")
    with pytest.raises(PdsConfigurationError, match="PDS_BASE_URL"):
        PDS()
    # Omnistrate has a production URL to fall back on.
    monkeypatch.delenv("OMNISTRATE_BASE_URL", raising=False)
    assert Omnistrate().base_url == "https://api.omnistrate.cloud"


def test_raw_response_and_parse() -> None:
    client, _ = _omnistrate()
    raw = client.with_raw_response.services.describe("s-1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.json()["id"] == "s-1"
    assert raw.parse().id == "s-1"
    assert raw.parse() is raw.parse()
    # Resources have it too, and error statuses still raise typed errors.
    missing, _ = _omnistrate(answer={"message": "no such service"}, status=404)
    with pytest.raises(NotFoundError):
        missing.services.with_raw_response.describe("s-1")


def test_streaming_response_reads_as_it_arrives_and_closes() -> None:
    client, _ = _omnistrate()
    with client.with_streaming_response.services.describe("s-1") as streamed:
        assert b"".join(streamed.iter_bytes())
    assert streamed.http_response.is_closed
    with client.with_streaming_response.services.describe("s-1") as streamed:
        assert streamed.parse().id == "s-1"


def _pages(total_pages: int = 3, per_page: int = 2) -> Any:
    def answer(request: httpx.Request) -> dict[str, Any]:
        number = int(request.url.params.get("continuation") or 0)
        following = str(number + 1) if number + 1 < total_pages else None
        return {
            "data": [{"id": f"a-{number}-{i}", "name": f"n{number}{i}"} for i in range(per_page)],
            "pagination": {"continuation": following} if following else {},
        }

    return answer


def test_auto_paging_across_three_pages_fetches_lazily() -> None:
    transport, seen = _recording(_pages())
    client = PDS(base_url="https://pds.test", http_client=httpx.Client(transport=transport))
    page = client.accounts.list()
    assert len(seen) == 1
    assert [a.id for a in page.items] == ["a-0-0", "a-0-1"]
    assert page.has_next_page()
    walked = iter(page)
    assert [next(walked).id for _ in range(2)] == ["a-0-0", "a-0-1"]
    assert len(seen) == 1  # the second page is not fetched before it is needed
    assert next(walked).id == "a-1-0"
    assert len(seen) == 2
    assert [a.id for a in walked] == ["a-1-1", "a-2-0", "a-2-1"]
    assert len(seen) == 3
    second = page.next_page()
    assert [a.id for a in second.items] == ["a-1-0", "a-1-1"]
    last = second.next_page()
    assert not last.has_next_page()
    with pytest.raises(LookupError):
        last.next_page()


def test_async_auto_paging_across_three_pages() -> None:
    transport, seen = _recording(_pages())

    async def main() -> None:
        async with AsyncPDS(
            base_url="https://pds.test", http_client=httpx.AsyncClient(transport=transport)
        ) as c:
            ids = [account.id async for account in c.accounts.list()]
            assert ids == ["a-0-0", "a-0-1", "a-1-0", "a-1-1", "a-2-0", "a-2-1"]
            assert len(seen) == 3
            first = await c.accounts.list()
            assert first.has_next_page()
            assert len(seen) == 4
            second = await first.next_page()
            assert [a.id for a in second.items] == ["a-1-0", "a-1-1"]

    asyncio.run(main())


def test_a_repeated_page_token_ends_the_list() -> None:
    def answer(request: httpx.Request) -> dict[str, Any]:
        return {"data": [{"id": "same"}], "pagination": {"continuation": "stuck"}}

    transport, seen = _recording(answer)
    client = PDS(base_url="https://pds.test", http_client=httpx.Client(transport=transport))
    assert [a.id for a in client.accounts.list()] == ["same", "same"]
    assert len(seen) == 2


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def test_list_of_enum_parameters_take_the_documented_strings() -> None:
    """`provisioner=` (a list of an enum) takes the API's documented strings as well as the members,
    through both layers, with the same query on the wire; an undocumented string fails before sending."""
    transport, seen = _recording({"data": []})
    http = httpx.Client(base_url="https://pds.test", transport=transport)
    client = PDS(base_url="https://pds.test", http_client=http)
    functional = PdsFunctionalClient(base_url="https://pds.test", token="t").set_httpx_client(http)

    client.storage_options_templates.list("t-1", provisioner=["pxd.portworx.com", "auto"])
    client.storage_options_templates.list("t-1", provisioner=[Provisioner.PXD_PORTWORX_COM, Provisioner.AUTO])
    list_storage_options_templates.sync("t-1", client=functional, provisioner=["pxd.portworx.com", "auto"])
    queries = [request.url.params.get_list("provisioner") for request in seen]
    assert queries == [["pxd.portworx.com", "auto"]] * 3

    with pytest.raises(ValueError, match="not-a-provisioner"):
        client.storage_options_templates.list("t-1", provisioner=["not-a-provisioner"])  # type: ignore[list-item]
    assert len(seen) == 3


def test_timeouts_fire_and_name_method_and_full_url(silent_server: str) -> None:
    client = Omnistrate(base_url=silent_server, token="secret-token", timeout=0.3, retries=0)
    with pytest.raises(ApiTimeoutError) as caught:
        client.services.describe("s-1")
    message = str(caught.value)
    assert f"GET {silent_server}/2022-09-01-00/service/s-1" in message
    assert "secret-token" not in message
    with pytest.raises(ApiTimeoutError):  # per call, on a client without a short timeout
        Omnistrate(base_url=silent_server, retries=0).services.describe("s-1", timeout=0.2)


def test_connection_errors_name_the_host() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    client = Omnistrate(base_url=f"http://user:pw@127.0.0.1:{port}", retries=0)
    with pytest.raises(ApiConnectionError) as caught:
        client.services.list()
    assert f"GET http://127.0.0.1:{port}/2022-09-01-00/service" in str(caught.value).replace(
        "user:[redacted]@", ""
    )
    assert "pw" not in str(caught.value)


PARENT = {"parent": {"external": "organizations/o"}}


class _Lines(httpx.SyncByteStream):
    """A body sent as it is read, as a watch's is, that knows whether it was closed."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    def close(self) -> None:
        self.closed = True


def test_datum_watch_is_typed_and_closes_its_connection() -> None:
    lines = [
        {"type": "ADDED", "object": {"metadata": {"name": "p1", "resourceVersion": "1"}, "spec": PARENT}},
        {"type": "MODIFIED", "object": {"metadata": {"name": "p1", "resourceVersion": "2"}, "spec": PARENT}},
    ]
    streams: list[_Lines] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.params["watch"] == "true"
        stream = _Lines([(json.dumps(line) + "\n").encode() for line in lines])
        streams.append(stream)
        return httpx.Response(200, stream=stream, headers={"content-type": "application/x-ndjson"})

    client = Datum(
        base_url="https://datum.test/apis/resourcemanager.datumapis.com/v1alpha/organizations/o/control-plane",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    gc.disable()  # the close must not wait for the collector (which may run it under httpcore's lock)
    try:
        for event in client.projects.watch(field_selector="metadata.name=p1"):
            assert event.project is not None
            assert event.project.metadata.name == "p1"
            break
        assert streams[0].closed  # leaving the loop closed the connection
        for config_map_event in client.project("p1").config_maps.watch():  # the generic typed watch
            assert config_map_event.object is not None
            assert config_map_event.object.metadata.name == "p1"
            break
        assert streams[1].closed
    finally:
        gc.enable()
    with client.projects.watch() as watch:
        assert [e.resource_version for e in watch] == ["1", "2"]
    assert watch.response.is_closed


def test_datum_errors_are_api_errors() -> None:
    status = {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "Forbidden", "code": 403}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={**status, "message": "no"})

    transport = httpx.MockTransport(handler)
    client = Datum(base_url="https://datum.test", http_client=httpx.Client(transport=transport))
    for call in (
        client.projects.list,
        lambda: client.projects.read("p"),
        client.projects.watch,
        client.authentication.exchange_personal_access_token,
    ):
        with pytest.raises(DatumApiError) as caught:
            call()
        assert getattr(caught.value, "status_code", None) == 403

    async def main() -> None:
        async with AsyncDatum(
            base_url="https://datum.test", http_client=httpx.AsyncClient(transport=transport)
        ) as a:
            with pytest.raises(DatumApiError):
                async for _ in a.projects.watch():
                    pass

    asyncio.run(main())
