"""`--state postgresql://...`: the schema and its version, secrets kept out of output, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import psycopg
import pytest

from mockserver.pg_cluster import PostgresCluster
from mockserver.postgres_store import SCHEMA_VERSION, PostgresStore, SchemaTooNewError
from mockserver.store import Record
from mockserver.testing import free_port, start_server

AUTH = {"Authorization": "Bearer mock-token"}
SERVICES = "/omnistrate/2022-09-01-00/service"


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """A `mockserver serve` that is expected to refuse to start."""
    return subprocess.run(
        [sys.executable, "-m", "mockserver", "serve", "--port", str(free_port()), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_a_new_database_gets_the_schema_and_its_version_once(postgres_url: str) -> None:
    PostgresStore(postgres_url).close()
    PostgresStore(postgres_url).close()  # a second start (another worker) finds it done
    with psycopg.connect(postgres_url) as db:
        versions = [row[0] for row in db.execute("SELECT version FROM mock_schema ORDER BY version")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_a_database_newer_than_the_mock_is_refused_in_one_line(postgres_url: str) -> None:
    PostgresStore(postgres_url).close()
    with psycopg.connect(postgres_url) as db:
        db.execute("INSERT INTO mock_schema (version) VALUES (%s)", (SCHEMA_VERSION + 1,))
    with pytest.raises(SchemaTooNewError, match=f"schema version {SCHEMA_VERSION + 1}, newer than"):
        PostgresStore(postgres_url)
    result = _serve("--state", postgres_url)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: the database {postgres_url} has schema version {SCHEMA_VERSION + 1}, newer than this "
        f"mock knows ({SCHEMA_VERSION}): upgrade the mock, or use another database"
    ]


def test_requests_arriving_together_share_a_read_and_never_miss_an_earlier_write(postgres_url: str) -> None:
    here, there = PostgresStore(postgres_url), PostgresStore(postgres_url)  # two replicas
    try:
        there.put("api", "thing", Record("a", "", {"n": 1}))
        together = time.monotonic_ns()  # a batch of requests arrives at `here`
        here.arrived = together
        assert here.get("api", "thing", "a") == Record("a", "", {"n": 1})  # the first one asks
        assert [r.body for r in here.list("api", "thing")] == [{"n": 1}]
        there.put("api", "thing", Record("a", "", {"n": 2}))  # acknowledged after the batch arrived
        # The rest of the batch may be answered from the round trips sent after it arrived...
        assert here.get("api", "thing", "a") == Record("a", "", {"n": 1})
        assert [r.body for r in here.list("api", "thing")] == [{"n": 1}]
        assert here.revision("api") == 1
        # ...a request that arrived after the write was acknowledged sees it, as does any read
        # outside a request.
        here.arrived = time.monotonic_ns()
        assert here.get("api", "thing", "a") == Record("a", "", {"n": 2})
        here.arrived = together
        assert [r.body for r in here.list("api", "thing")] == [{"n": 2}]  # newer is fine
        here.arrived = None
        there.put("api", "thing", Record("a", "", {"n": 3}))
        assert here.revision("api") == 3
        # A write of this process is seen by every request it serves next, whenever they arrived.
        here.arrived = together
        here.put("api", "thing", Record("a", "", {"n": 4}))
        assert here.get("api", "thing", "a") == Record("a", "", {"n": 4})
    finally:
        here.close()
        there.close()


def test_the_password_is_never_printed(postgres: PostgresCluster, postgres_url: str) -> None:
    # The throwaway cluster trusts local connections, so any password is accepted (and must not show).
    with_password = postgres_url.replace("mock@", "mock:hunter2-secret@")
    server = start_server(args=["--state", with_password, "--log-level", "info"])
    try:
        httpx.post(f"{server.url}{SERVICES}", json={"name": "a", "description": "d"}, headers=AUTH)
        health = httpx.get(f"{server.url}/__mock/health").text
        postgres.stop()
        try:
            down = httpx.get(f"{server.url}{SERVICES}", headers=AUTH)
            down_health = httpx.get(f"{server.url}/__mock/health").text
        finally:
            postgres.start()
        server.process.terminate()
        server.process.wait(timeout=30)
        output = server.output()
    finally:
        server.stop()
    assert f"state in {postgres_url};" in output  # the banner names the database, without the password
    assert down.status_code == 503
    for text in (output, health, down.text, down_health):
        assert "hunter2-secret" not in text


def test_an_unreachable_database_is_one_line_naming_it(postgres: PostgresCluster) -> None:
    url = f"postgresql://mock@127.0.0.1:{free_port()}/nothing"
    result = _serve("--state", url, env={"PGPASSWORD": "hunter2-secret", "PGCONNECT_TIMEOUT": "2"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: cannot reach the database {url}: ")
    assert "hunter2-secret" not in result.stderr + result.stdout


def test_help_documents_workers_and_the_url_form() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mockserver", "serve", "--help"], capture_output=True, text=True, check=True
    )
    text = " ".join(result.stdout.split())
    assert "--workers INTEGER RANGE" in text
    assert "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB" in text
    assert "PGPASSWORD" in text
