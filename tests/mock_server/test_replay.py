"""Answers replayed to identical repeated reads (`mockserver.replay`): a replay is indistinguishable
from the pipeline's own answer, and never outlives the state it was made from."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping, Sequence
from pathlib import Path
from typing import Any

import pytest

import specs
from mockserver import MockOptions
from mockserver.app import ApiHandler, MockApp
from mockserver.postgres_store import PostgresStore
from mockserver.request import Request
from mockserver.responses import MockResponse
from mockserver.spec_cache import load_spec
from mockserver.store import Change, MemoryStore, Record, Store
from mockserver.testing import admin_headers

from .pets import Call, caller_for, make_caller

OMNI = "/2022-09-01-00"
AUTH = {"Authorization": "Bearer mock-token", "Accept": "application/json"}
ADMIN = admin_headers()


@pytest.fixture
def call() -> Call:
    return make_caller(["omnistrate"])


def _create(call: Call, name: str = "svc") -> str:
    response = call("POST", f"{OMNI}/service", json={"name": name, "description": "d"}, headers=AUTH)
    assert response.status_code == 200, response.text
    service_id = response.json()
    assert isinstance(service_id, str)
    return service_id


def _reads(call: Call, path: str, times: int = 3, headers: dict[str, str] = AUTH) -> list[bytes]:
    """The raw answers (status, headers, body) of `times` identical GETs."""
    answers = []
    for _ in range(times):
        response = call("GET", path, headers=headers)
        head = sorted(response.headers.items())
        answers.append(b"%d %r %s" % (response.status_code, head, response.content))
    return answers


def test_a_repeated_read_answers_the_same_bytes(call: Call) -> None:
    service_id = _create(call)
    for path in (f"{OMNI}/service/{service_id}", f"{OMNI}/service"):
        first, *again = _reads(call, path)
        assert first.startswith(b"200 ")
        assert again == [first, first]
    head = call("HEAD", f"{OMNI}/service/{service_id}", headers=AUTH)
    assert (head.status_code, head.content) == (200, b"")
    assert call("HEAD", f"{OMNI}/service/{service_id}", headers=AUTH).headers == head.headers


def test_every_write_shows_in_the_next_read(call: Call) -> None:
    service_id = _create(call)
    one, many = f"{OMNI}/service/{service_id}", f"{OMNI}/service"
    _reads(call, one)
    _reads(call, many)
    patched = call("PATCH", one, json={"name": "billing"}, headers=AUTH)
    assert patched.status_code == 200, patched.text
    assert call("GET", one, headers=AUTH).json()["name"] == "billing"
    assert [s["name"] for s in call("GET", many, headers=AUTH).json()["services"]] == ["billing"]
    second = _create(call, "second")
    assert sorted(call("GET", many, headers=AUTH).json()["ids"]) == sorted([service_id, second])
    assert call("DELETE", one, headers=AUTH).status_code == 200
    assert call("GET", one, headers=AUTH).status_code == 404
    assert call("GET", many, headers=AUTH).json()["ids"] == [second]


def test_reset_and_seed_end_replays(call: Call) -> None:
    service_id = _create(call)
    _reads(call, f"{OMNI}/service/{service_id}")
    assert call("POST", "/__mock/reset", headers=ADMIN).status_code == 204
    assert call("GET", f"{OMNI}/service/{service_id}", headers=AUTH).status_code == 404
    seed = {"omnistrate": {"service": [{"id": service_id, "name": "seeded"}]}}
    assert call("POST", "/__mock/seed", json=seed, headers=ADMIN).status_code == 200
    assert call("GET", f"{OMNI}/service/{service_id}", headers=AUTH).json()["name"] == "seeded"


def test_every_header_of_the_request_counts(call: Call) -> None:
    """Credentials, Accept, Prefer and Origin decide answers: a request differing in any is its own."""
    path = f"{OMNI}/service/{_create(call)}"
    _reads(call, path)
    assert call("GET", path, headers={**AUTH, "Authorization": "Bearer wrong"}).status_code == 401
    assert call("GET", path, headers={**AUTH, "Accept": "text/csv"}).status_code == 406
    plain = {"Authorization": AUTH["Authorization"]}  # Omnistrate's errors are not application/json
    _reads(call, path, headers=plain)
    assert call("GET", path, headers={**plain, "Prefer": "code=404"}).status_code == 404
    crossed = call("GET", path, headers={**AUTH, "Origin": "https://app.example"})
    assert crossed.headers["access-control-allow-origin"] in ("*", "https://app.example")
    assert call("GET", path, headers=AUTH).status_code == 200


def _counted_app(store: Store | None = None) -> tuple[Call, list[str], MockApp]:
    """An Omnistrate mock whose pipeline notes each request it answers (`runs`): a request answered
    without a note was replayed."""
    options = MockOptions()
    store = store if store is not None else MemoryStore()
    name, source = specs.resolve("omnistrate")
    handler = ApiHandler.build(name, load_spec(source), "", options, store, source=source)
    app = MockApp([handler], options, store)
    runs: list[str] = []
    pipeline = handler.handle

    def counted(request: Request) -> MockResponse:
        runs.append(request.headers.get("x-request-id", ""))
        return pipeline(request)

    object.__setattr__(handler, "handle", counted)
    return caller_for(app), runs, app


def test_headers_no_answer_reads_do_not_stop_a_replay() -> None:
    """A request id, a trace context or a user agent changes no answer: a client sending a new one
    with each read is replayed to, and the journal records each request's own headers."""
    call, runs, _ = _counted_app()
    path = f"{OMNI}/service/{_create(call)}"
    call("DELETE", "/__mock/journal", headers=ADMIN)
    runs.clear()
    answers = []
    for n in range(5):
        traced = {**AUTH, "X-Request-Id": f"r{n}", "traceparent": f"00-{n:032x}-{n + 1:016x}-01"}
        response = call("GET", path, headers={**traced, "User-Agent": f"client/{n}"})
        answers.append((response.status_code, sorted(response.headers.items()), response.content))
    assert answers[0][0] == 200
    assert answers == [answers[0]] * 5
    assert runs == ["r0", "r1"]  # kept on its second sighting, replayed after
    entries = call("GET", "/__mock/journal", headers=ADMIN).json()["entries"]
    assert [e["request"]["headers"]["x-request-id"] for e in entries] == [f"r{n}" for n in range(5)]
    assert [e["request"]["headers"]["user-agent"] for e in entries] == [f"client/{n}" for n in range(5)]


def test_a_header_an_answer_may_read_is_never_left_out() -> None:
    """Credentials, Accept, Prefer, Origin, Host and the operations' own header parameters decide
    answers: a read differing in any of them runs the pipeline."""
    call, runs, _ = _counted_app()
    path = f"{OMNI}/service/{_create(call)}"
    variants: list[dict[str, str]] = [
        AUTH,
        {**AUTH, "Authorization": "Bearer another"},
        {**AUTH, "Accept": "application/json, */*"},
        {**AUTH, "Prefer": "dynamic=false"},
        {**AUTH, "Origin": "https://app.example"},
        {**AUTH, "Host": "elsewhere.example"},
        {**AUTH, "MountPath": "/etc/config"},  # a header parameter of an Omnistrate operation
    ]
    for _ in range(3):  # the plain read's answer is kept and replayed
        call("GET", path, headers=AUTH)
    runs.clear()
    call("GET", path, headers=AUTH)
    assert runs == []
    for headers in variants[1:]:
        call("GET", path, headers=headers)
    assert len(runs) == len(variants) - 1  # none was given the plain read's answer


def test_a_header_named_in_upper_case_is_never_replayed_past() -> None:
    """ASGI servers give header names in lower case; a name that is not might be one an answer reads
    under another spelling, so such a request always runs the pipeline."""
    _, runs, app = _counted_app()
    call = caller_for(app)
    path = f"{OMNI}/service/{_create(call)}"
    runs.clear()

    async def read() -> int:
        scope = {
            "type": "http",
            "method": "GET",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "headers": [(b"Authorization", b"Bearer mock-token"), (b"accept", b"application/json")],
        }
        sent: list[MutableMapping[str, Any]] = []

        async def receive() -> MutableMapping[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: MutableMapping[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)
        status = sent[0]["status"]
        assert isinstance(status, int)
        return status

    assert [asyncio.run(read()) for _ in range(4)] == [200] * 4
    assert len(runs) == 4


def test_replayed_reads_are_journalled(call: Call) -> None:
    service_id = _create(call)
    call("DELETE", "/__mock/journal", headers=ADMIN)
    _reads(call, f"{OMNI}/service/{service_id}", times=4)
    entries = call("GET", "/__mock/journal", headers=ADMIN).json()["entries"]
    assert [(e["method"], e["path"], e["status"], e["operation_id"]) for e in entries] == [
        ("GET", f"{OMNI}/service/{service_id}", 200, entries[0]["operation_id"])
    ] * 4
    assert entries[0]["operation_id"]
    assert len({e["id"] for e in entries}) == 4


def test_replicas_on_one_database_replay_and_never_miss_each_others_writes(postgres_url: str) -> None:
    """Two mocks on one PostgreSQL database (replicas behind a load balancer): each replays a read
    while the API's revision, asked of the database, is unchanged, and runs the pipeline again once
    the other replica wrote."""
    here_store, there_store = PostgresStore(postgres_url), PostgresStore(postgres_url)
    try:
        here, runs, _ = _counted_app(here_store)
        there, _, _ = _counted_app(there_store)
        path = f"{OMNI}/service/{_create(there)}"
        first, *again = _reads(here, path, times=4)
        assert first.startswith(b"200 ")
        assert again == [first] * 3
        assert len(runs) == 2  # kept on its second sighting, replayed after
        assert there("PATCH", path, json={"name": "renamed"}, headers=AUTH).status_code == 200
        assert here("GET", path, headers=AUTH).json()["name"] == "renamed"
        assert len(runs) == 3
    finally:
        here_store.close()
        there_store.close()


def test_a_store_other_processes_write_is_read_each_time(tmp_path: Path) -> None:
    """Two mocks on one state file (as `--workers` runs them): a write through one shows in the other's
    next read, however often that read was answered before."""
    options = MockOptions(state_file=str(tmp_path / "state.db"))
    first, second = make_caller(["omnistrate"], options), make_caller(["omnistrate"], options)
    service_id = _create(first)
    path = f"{OMNI}/service/{service_id}"
    assert _reads(second, path)[0].startswith(b"200 ")
    assert second("GET", path, headers=AUTH).json()["name"] == "svc"
    assert first("PATCH", path, json={"name": "renamed"}, headers=AUTH).status_code == 200
    assert second("GET", path, headers=AUTH).json()["name"] == "renamed"


class _OutsideStore(Store):
    """A store that does not say this process alone writes it (as a new kind of store would not):
    `outside` stands for another process writing the same records."""

    def __init__(self) -> None:
        self.outside = MemoryStore()

    def get(self, namespace: str, resource: str, id: str) -> Record | None:
        return self.outside.get(namespace, resource, id)

    def put(self, namespace: str, resource: str, record: Record) -> None:
        self.outside.put(namespace, resource, record)

    def delete(self, namespace: str, resource: str, id: str) -> bool:
        return self.outside.delete(namespace, resource, id)

    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        return self.outside.list(namespace, resource, parent)

    def apply(self, namespace: str, changes: Sequence[Change], *, at: int | None = None) -> int:
        return self.outside.apply(namespace, changes, at=at)

    def revision(self, namespace: str) -> int:
        # Another process's writes are not seen here: the revision this process knows stays put.
        return 0

    def clear(self, namespace: str | None = None) -> None:
        self.outside.clear(namespace)


def test_a_store_that_does_not_say_it_is_written_here_alone_is_read_each_time() -> None:
    """Replaying is opt-in for a store (`Store.current_revision`): one that keeps the default never has an
    answer replayed, even when its revision cannot show another writer's change."""
    store = _OutsideStore()
    options = MockOptions()
    name, source = specs.resolve("omnistrate")
    handler = ApiHandler.build(name, load_spec(source), "", options, store, source=source)
    call = caller_for(MockApp([handler], options, store))
    service_id = _create(call)
    path = f"{OMNI}/service/{service_id}"
    assert _reads(call, path)[0].startswith(b"200 ")
    found = store.outside.get("omnistrate", "service", service_id)
    assert found is not None
    store.outside.put(
        "omnistrate", "service", Record(found.id, found.parent, {**found.body, "name": "moved"})
    )
    assert call("GET", path, headers=AUTH).json()["name"] == "moved"
