"""Several mock processes, one world: replicas and `--workers` on one PostgreSQL database.

Two `mockserver serve --state postgresql://...` replicas (one of them `--workers 2`) take mixed
traffic over all four APIs from four clients (`mixed_load.py`); one replica is killed with SIGKILL
mid-load and restarted, and every acknowledged write is then read back on both. The load lasts
MOCKSERVER_SCALE_OUT_SECONDS (12 s by default, to keep CI short; the acceptance run uses 60). Datum
watches on one replica (Projects, and a project control plane's kinds) see what the other writes; the
database goes down for 5 s under load: every API answers 503 in its own error model, never 500, and
the mock recovers by itself.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from mockserver.pg_cluster import PostgresCluster
from mockserver.testing import ServerProcess, start_server

from .mixed_load import AUTH, HUB, PROJECTS, SERVICES, Client, Tally
from .plane_watches import check_plane_watches, watch

SECONDS = float(os.environ.get("MOCKSERVER_SCALE_OUT_SECONDS", "12"))
NO_REUSE = httpx.Limits(max_keepalive_connections=0)  # a new connection, so any worker, per request
# One xdist worker runs them all, so the replicas start once (`nox -s tests` distributes by group).
pytestmark = pytest.mark.xdist_group("postgres-replicas")


@pytest.fixture(scope="module")
def database(postgres: PostgresCluster) -> str:
    return postgres.new_database()


@pytest.fixture(scope="module")
def replicas(database: str) -> Iterator[list[ServerProcess]]:
    """Two replicas on one database: a single process, and `--workers 2` (so three processes serve)."""
    started = [
        start_server(args=["--state", database, "--quiet"]),
        start_server(args=["--state", database, "--quiet", "--workers", "2"]),
    ]
    yield started
    for server in started:
        server.stop()


def _load(clients: list[Client], seconds: float, during: threading.Thread | None = None) -> Tally:
    stop = threading.Event()
    threads = [threading.Thread(target=c.run, args=(seconds, stop)) for c in clients]
    for thread in threads:
        thread.start()
    if during is not None:
        during.start()
        during.join()
    for thread in threads:
        thread.join()
    for client in clients:
        client.verify()
    total = Tally()
    for client in clients:
        total.requests += client.tally.requests
        total.writes += client.tally.writes
        total.conflicts += client.tally.conflicts
        total.unacknowledged += client.tally.unacknowledged
        total.errors += client.tally.errors
        client.close()
    return total


def test_replicas_serve_one_world_through_a_kill(database: str, replicas: list[ServerProcess]) -> None:
    urls = [server.url for server in replicas]
    clients = [Client(number, lambda: list(urls)) for number in range(4)]
    for client in clients:
        client.setup()

    def kill_and_restart() -> None:
        time.sleep(SECONDS / 2)
        replicas[0].process.send_signal(signal.SIGKILL)  # mid-load, nothing flushed or closed
        replicas[0].process.wait(timeout=10)
        replicas[0].stop()
        replicas[0] = start_server(args=["--state", database, "--quiet"])
        urls[0] = replicas[0].url

    tally = _load(clients, SECONDS, threading.Thread(target=kill_and_restart))
    print(
        f"\n{SECONDS:.0f} s, 4 clients, 2 replicas: {tally.requests} requests, {tally.writes} acknowledged "
        f"writes, {tally.conflicts} stale Datum updates answered 409, {tally.unacknowledged} without answer "
        "(the killed replica)"
    )
    assert tally.errors == []
    assert tally.writes > 100
    assert tally.conflicts > 10


def test_reset_acts_on_the_shared_world(replicas: list[ServerProcess]) -> None:
    """`/__mock/reset` on one replica forgets the state for every process: each fresh connection to
    the `--workers 2` replica lands on either worker, as the kernel spreads them."""
    single, workers = (server.url for server in replicas)
    children = Path(f"/proc/{replicas[1].process.pid}/task/{replicas[1].process.pid}/children").read_text()
    assert len(children.split()) >= 2  # the workers (and multiprocessing's resource tracker)
    httpx.post(f"{single}{SERVICES}", json={"name": "before", "description": "d"}, headers=AUTH)
    for _ in range(6):
        with httpx.Client() as fresh:
            assert fresh.get(f"{workers}{SERVICES}", headers=AUTH).json()["ids"] != []
    httpx.post(f"{workers}/__mock/reset", headers=AUTH).raise_for_status()
    for url in (single, workers, workers, workers, workers):
        with httpx.Client() as fresh:
            assert fresh.get(f"{url}{SERVICES}", headers=AUTH).json()["ids"] == []
            assert fresh.get(f"{url}{HUB}", headers=AUTH).json() == []


def test_datum_watches_see_what_other_replicas_write(replicas: list[ServerProcess]) -> None:
    watcher, writer = (server.url for server in replicas)
    project = {"metadata": {"name": "watched"}, "spec": {"parent": {"external": "organizations/acme"}}}
    events: list[dict[str, object]] = []
    with (
        httpx.Client(timeout=10) as client,
        client.stream("GET", f"{watcher}{PROJECTS}?watch=true&timeoutSeconds=2", headers=AUTH) as stream,
    ):
        threading.Timer(0.3, lambda: httpx.post(f"{writer}{PROJECTS}", json=project, headers=AUTH)).start()
        events.extend(orjson.loads(line) for line in stream.iter_lines() if line)
    added = [e for e in events if e["type"] == "ADDED"]
    assert [e["object"]["metadata"]["name"] for e in added] == ["watched"]  # type: ignore[index]


def test_project_control_plane_watches_follow_other_replicas(replicas: list[ServerProcess]) -> None:
    check_plane_watches(*(server.url for server in replicas))


def test_plane_writes_on_both_replicas_at_once_reach_one_watch(replicas: list[ServerProcess]) -> None:
    """Both replicas create ConfigMaps in one project's world at the same time (each write decided on a
    copy the other may just have changed): every create succeeds, both list them all, and a watch on
    one replica, resumed until it has them, gets each once, in resourceVersion order."""
    first, second = (server.url for server in replicas)
    project = {"metadata": {"name": "busy"}, "spec": {"parent": {"external": "organizations/acme"}}}
    assert httpx.post(f"{first}{PROJECTS}", json=project, headers=AUTH).status_code == 201
    maps = f"{PROJECTS}/busy/control-plane/api/v1/namespaces/default/configmaps"
    start = httpx.get(f"{first}{maps}", headers=AUTH).json()["metadata"]["resourceVersion"]
    statuses: list[int] = []

    def creates(url: str, prefix: str) -> None:
        with httpx.Client(timeout=10) as client:
            for i in range(25):
                body = {"metadata": {"name": f"{prefix}{i}"}}
                statuses.append(client.post(f"{url}{maps}", json=body, headers=AUTH).status_code)

    writers = [threading.Thread(target=creates, args=pair) for pair in ((first, "a"), (second, "b"))]
    events: list[dict[str, Any]] = []
    seen = start
    for writer in writers:
        writer.start()
    deadline = time.monotonic() + 30
    while len(events) < 50 and time.monotonic() < deadline:
        events += watch(f"{first}{maps}", f"resourceVersion={seen}&timeoutSeconds=1")
        seen = events[-1]["object"]["metadata"]["resourceVersion"] if events else seen
    for writer in writers:
        writer.join()
    assert statuses == [201] * 50
    for url in (first, second):
        assert len(httpx.get(f"{url}{maps}", headers=AUTH).json()["items"]) == 50
    assert sorted(e["object"]["metadata"]["name"] for e in events) == sorted(
        f"{tag}{i}" for tag in "ab" for i in range(25)
    )
    assert {e["type"] for e in events} == {"ADDED"}
    versions = [int(e["object"]["metadata"]["resourceVersion"]) for e in events]
    assert versions == sorted(set(versions))


def test_workers_share_a_sqlite_state_file(tmp_path: Path) -> None:
    """`--workers 2 --state FILE`: both processes serve one world from the SQLite file. Every request
    takes a fresh connection, so the kernel spreads them over the workers, and each write is read
    back (on another connection) over all four APIs."""
    server = start_server(args=["--state", str(tmp_path / "state.sqlite"), "--quiet", "--workers", "2"])
    try:
        fresh = [
            Client(number, lambda: [server.url, server.url], _http=httpx.Client(timeout=10, limits=NO_REUSE))
            for number in range(2)
        ]
        for client in fresh:
            client.setup()
        tally = _load(fresh, 3)
    finally:
        server.stop()
    assert tally.errors == []
    assert tally.writes > 20


def test_workers_refuse_in_memory_state() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mockserver", "serve", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Error: --workers 2: in-memory state cannot be shared by worker processes; "
        "give --state FILE or --state postgresql://... (or --static)"
    ]


def test_database_down_answers_503_in_each_api_error_model_and_recovers(
    postgres: PostgresCluster, replicas: list[ServerProcess]
) -> None:
    url = replicas[0].url
    checks = {
        f"{url}{SERVICES}": "message",
        f"{url}{HUB}": "error",
        f"{url}/pds/api/tenants/t1/backup-targets": "message",
        f"{url}{PROJECTS}": "message",
    }
    statuses: dict[int, int] = {}
    stop = threading.Event()

    def traffic() -> None:
        with httpx.Client(timeout=10) as client:
            while not stop.is_set():
                for target in checks:
                    status = client.get(target, headers=AUTH).status_code
                    statuses[status] = statuses.get(status, 0) + 1
                    client.post(f"{url}{SERVICES}", json={"name": "x", "description": "d"}, headers=AUTH)

    thread = threading.Thread(target=traffic)
    thread.start()
    try:
        time.sleep(0.5)
        postgres.stop()
        try:
            time.sleep(1)
            health = httpx.get(f"{url}/__mock/health")
            assert health.status_code == 503
            assert health.json()["status"] == "unavailable"
            for target, field in checks.items():
                answer = httpx.get(target, headers=AUTH)
                assert answer.status_code == 503, answer.text
                assert "is unavailable" in answer.json()[field] or "failed" in answer.json()[field]
                assert postgres.url().split("@")[1].split("/")[0] in answer.json()[field]
            # Datum's Kubernetes `Status` names the reason of a 503, not that of the 4xx it is modelled on.
            assert httpx.get(f"{url}{PROJECTS}", headers=AUTH).json()["reason"] == "ServiceUnavailable"
            time.sleep(4)  # the database stays down 5 s in all
        finally:
            postgres.start()
        deadline = time.monotonic() + 10
        while httpx.get(f"{url}/__mock/health").status_code != 200:
            assert time.monotonic() < deadline, "the mock did not recover"
            time.sleep(0.1)
        for target in checks:
            assert httpx.get(target, headers=AUTH).status_code == 200
    finally:
        stop.set()
        thread.join()
    assert set(statuses) <= {200, 503}, statuses
    assert statuses.get(503, 0) > 0
    assert replicas[0].process.poll() is None  # no crash
