"""The store contract (memory, SQLite and PostgreSQL alike); the state file's durability across SIGKILL,
restarts and clean shutdowns."""

from __future__ import annotations

import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mockserver.postgres_store import PostgresStore
from mockserver.state_file import SqliteStore
from mockserver.store import Delete, MemoryStore, Put, Record, Store, VersionConflictError
from mockserver.testing import start_server

AUTH = {"Authorization": "Bearer mock-token"}
SERVICES = "/omnistrate/2022-09-01-00/service"


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    made: Store
    if request.param == "postgresql":
        made = PostgresStore(request.getfixturevalue("postgres_url"))
    else:
        made = MemoryStore() if request.param == "memory" else SqliteStore(tmp_path / "state.db")
    yield made
    made.close()


def test_put_get_delete(store: Store) -> None:
    assert store.get("api", "pets", "1") is None
    store.put("api", "pets", Record("1", "/pets", {"name": "Rex"}))
    assert store.get("api", "pets", "1") == Record("1", "/pets", {"name": "Rex"})
    assert store.delete("api", "pets", "1")
    assert not store.delete("api", "pets", "1")
    assert store.get("api", "pets", "1") is None


def test_updates_keep_their_place_in_lists(store: Store) -> None:
    for name in "abc":
        store.put("api", "pets", Record(name, "/pets", {"name": name}))
    store.put("api", "pets", Record("a", "/pets", {"name": "A"}))
    assert [(r.id, r.body["name"]) for r in store.list("api", "pets")] == [("a", "A"), ("b", "b"), ("c", "c")]


def test_lists_are_scoped_by_parent(store: Store) -> None:
    store.put("api", "targets", Record("1", "/tenants/t1/targets", {}))
    store.put("api", "targets", Record("2", "/tenants/t2/targets", {}))
    store.put("api", "targets", Record("3", "", {}))  # seeded without a parent: in every list
    assert [r.id for r in store.list("api", "targets", "/tenants/t1/targets")] == ["1", "3"]
    assert [r.id for r in store.list("api", "targets", "/tenants/t1")] == ["1", "3"]
    assert [r.id for r in store.list("api", "targets", "/tenants/t10")] == ["3"]
    assert [r.id for r in store.list("api", "targets")] == ["1", "2", "3"]


def test_namespaces_are_separate_and_clear(store: Store) -> None:
    store.put("one", "pets", Record("1", "", {}))
    store.put("two", "pets", Record("1", "", {}))
    store.clear("one")
    assert store.get("one", "pets", "1") is None
    assert store.get("two", "pets", "1") is not None
    store.clear()
    assert store.list("two", "pets") == []


def test_writes_advance_the_namespace_revision_and_version_the_records(store: Store) -> None:
    assert store.revision("api") == 0
    store.put("api", "pets", Record("1", "", {"name": "Rex"}))
    store.put("api", "pets", Record("2", "", {"name": "Tom"}))
    store.put("other", "pets", Record("1", "", {}))
    assert store.revision("api") == 2
    assert store.revision("other") == 1
    first, second = store.list("api", "pets")
    assert (first.version, second.version) == (1, 2)
    store.put("api", "pets", Record("1", "", {"name": "Rex II"}))
    found = store.get("api", "pets", "1")
    assert found is not None
    assert found.version == 3
    assert store.delete("api", "pets", "2")
    assert store.revision("api") == 4
    store.clear("api")  # a clear is a change too: caches of the namespace must notice it
    assert store.revision("api") == 5
    assert store.revision("other") == 1


def test_apply_writes_all_as_one_revision(store: Store) -> None:
    store.put("api", "nodes", Record("a", "", {"n": 1}))
    revision = store.apply(
        "api",
        [
            Put("nodes", Record("b", "", {"n": 2})),
            Put("meta", Record("rev", "", {"r": 9})),
            Delete("nodes", "a"),
        ],
    )
    assert revision == 2
    assert store.revision("api") == 2
    assert [(r.id, r.version) for r in store.list("api", "nodes")] == [("b", 2)]
    assert store.get("api", "meta", "rev") == Record("rev", "", {"r": 9})


def test_apply_writes_nothing_when_a_version_is_not_the_expected_one(store: Store) -> None:
    store.put("api", "nodes", Record("a", "", {"n": 1}))  # version 1
    with pytest.raises(VersionConflictError) as raised:
        store.apply(
            "api",
            [
                Put("nodes", Record("b", "", {"n": 2}), expect=0),
                Put("nodes", Record("a", "", {"n": 3}), expect=7),
            ],
        )
    assert (raised.value.id, raised.value.expected, raised.value.found) == ("a", 7, 1)
    assert store.get("api", "nodes", "b") is None
    assert store.get("api", "nodes", "a") == Record("a", "", {"n": 1})
    assert store.revision("api") == 1
    with pytest.raises(VersionConflictError):
        store.apply("api", [Put("nodes", Record("a", "", {}), expect=0)])  # 0: must not exist yet
    store.apply("api", [Put("nodes", Record("a", "", {"n": 4}), expect=1), Delete("nodes", "zz", expect=0)])
    assert store.get("api", "nodes", "a") == Record("a", "", {"n": 4})


def test_apply_at_a_revision_writes_only_while_the_namespace_is_still_there(store: Store) -> None:
    seen = store.apply("api", [Put("nodes", Record("a", "", {"n": 1}))], at=0)
    assert store.apply("api", [Put("nodes", Record("a", "", {"n": 2}))], at=seen) == seen + 1
    store.put("other", "nodes", Record("x", "", {}))  # other namespaces do not count
    with pytest.raises(VersionConflictError) as raised:  # a writer whose copy is one write behind
        store.apply("api", [Put("nodes", Record("a", "", {"n": 3})), Delete("nodes", "b")], at=seen)
    assert (raised.value.resource, raised.value.id, raised.value.expected, raised.value.found) == (
        "",
        "api",
        seen,
        seen + 1,
    )
    assert store.get("api", "nodes", "a") == Record("a", "", {"n": 2})
    assert store.revision("api") == seen + 1
    assert list(store.resources("api")) == ["nodes"]


def test_state_files_of_older_mocks_are_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE records (seq INTEGER PRIMARY KEY AUTOINCREMENT, namespace TEXT NOT NULL, "
            "resource TEXT NOT NULL, id TEXT NOT NULL, parent TEXT NOT NULL, body BLOB NOT NULL, "
            "UNIQUE (namespace, resource, id))"
        )
        db.execute(
            "INSERT INTO records (namespace, resource, id, parent, body) "
            "VALUES ('api', 'pets', '1', '', '{}')"
        )
    upgraded = SqliteStore(path)
    assert upgraded.get("api", "pets", "1") == Record("1", "", {})
    upgraded.put("api", "pets", Record("2", "", {}))
    assert upgraded.revision("api") == 1
    upgraded.close()


def test_state_file_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    first = SqliteStore(path)
    first.put("api", "pets", Record("1", "/pets", {"name": "Rex", "tags": ["a"]}))
    first.close()
    assert SqliteStore(path).get("api", "pets", "1") == Record("1", "/pets", {"name": "Rex", "tags": ["a"]})


def _create(url: str, client: httpx.Client, name: str) -> str:
    response = client.post(f"{url}{SERVICES}", json={"name": name, "description": "d"}, headers=AUTH)
    assert response.status_code == 200, response.text
    created: str = response.json()
    return created


def test_sigkill_loses_no_acknowledged_write(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    server = start_server(["omnistrate", "pds"], args=["--state", str(state)])
    try:
        with httpx.Client() as client:
            ids = [_create(server.url, client, f"svc-{i}") for i in range(50)]
            renamed = ids[0]
            client.patch(f"{server.url}{SERVICES}/{renamed}", json={"name": "renamed"}, headers=AUTH)
            client.delete(f"{server.url}{SERVICES}/{ids[1]}", headers=AUTH)
        server.process.send_signal(signal.SIGKILL)  # right after the last answer: no shutdown at all
        server.process.wait(timeout=10)
    finally:
        server.stop()
    restarted = start_server(["omnistrate", "pds"], args=["--state", str(state)])
    try:
        listed = httpx.get(f"{restarted.url}{SERVICES}", headers=AUTH).json()
        assert listed["ids"] == [ids[0], *ids[2:]]
        got = httpx.get(f"{restarted.url}{SERVICES}/{renamed}", headers=AUTH).json()
        assert got["name"] == "renamed"
        assert httpx.get(f"{restarted.url}{SERVICES}/{ids[1]}", headers=AUTH).status_code == 404
    finally:
        restarted.stop()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_clean_shutdown_on_signals(tmp_path: Path, signum: signal.Signals) -> None:
    state = tmp_path / "state.db"
    server = start_server(["omnistrate"], args=["--mount", "--state", str(state), "--log-level", "info"])
    try:
        with httpx.Client() as client:
            _create(server.url, client, "kept")
        assert (tmp_path / "state.db-wal").exists()
        server.process.send_signal(signum)
        code = server.process.wait(timeout=10)
        output = server.output()
    finally:
        server.stop()
    # uvicorn shuts down gracefully, then re-raises the signal so the exit status names it.
    assert code in (0, -signum)
    assert "Application shutdown complete" in output
    assert "Traceback" not in output
    assert not (tmp_path / "state.db-wal").exists()  # the store was closed: WAL checkpointed and removed
    assert SqliteStore(state).list("omnistrate", "service")[0].body["name"] == "kept"


CONFIG = {"name": "v", "description": "a volume config"}


def _service_with_a_config(url: str, client: httpx.Client) -> tuple[str, str]:
    """A service with one storage volume config: the service's path and its config's."""
    service = f"{url}{SERVICES}/{_create(url, client, 'parent')}"
    created = client.post(f"{service}/storage-volume-config", json=CONFIG, headers=AUTH)
    assert created.status_code == 200, created.text
    return service, f"{service}/storage-volume-config/{created.json()}"


def _nothing_under(service: str, config: str, client: httpx.Client) -> None:
    """What a deleted service leaves: nothing to create, read or write under it."""
    assert client.post(f"{service}/storage-volume-config", json=CONFIG, headers=AUTH).status_code == 404
    assert client.get(config, headers=AUTH).status_code == 404
    assert client.patch(config, json={"name": "w"}, headers=AUTH).status_code == 404


def test_a_deleted_parent_stays_deleted_after_sigkill_and_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    server = start_server(["omnistrate", "pds"], args=["--state", str(state)])
    try:
        with httpx.Client() as client:
            service, config = _service_with_a_config(server.url, client)
            assert client.delete(service, headers=AUTH).status_code == 200
        server.process.send_signal(signal.SIGKILL)  # right after the answer: no shutdown at all
        server.process.wait(timeout=10)
    finally:
        server.stop()
    restarted = start_server(["omnistrate", "pds"], args=["--state", str(state)])
    try:
        with httpx.Client() as client:
            moved = server.url, restarted.url
            _nothing_under(service.replace(*moved), config.replace(*moved), client)
    finally:
        restarted.stop()


def test_a_parent_deleted_on_one_replica_is_deleted_for_the_other(postgres_url: str) -> None:
    first, second = (start_server(["omnistrate", "pds"], args=["--state", postgres_url]) for _ in range(2))
    try:
        with httpx.Client() as client:
            service, config = _service_with_a_config(first.url, client)
            moved = first.url, second.url
            assert client.get(config.replace(*moved), headers=AUTH).status_code == 200  # cached there now
            assert client.delete(service, headers=AUTH).status_code == 200
            _nothing_under(service.replace(*moved), config.replace(*moved), client)
    finally:
        first.stop()
        second.stop()
