"""Fixtures for the mock server's own tests (the spec and caller live in pets.py), and a real
PostgreSQL server (a throwaway cluster) for the PostgreSQL store's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from mockserver import DEFAULT_TOKEN, MockOptions
from mockserver.pg_cluster import PostgresCluster, PostgresNotFoundError, throwaway_cluster
from mockserver.testing import reset

from .pets import PETS, Call, make_caller


@pytest.fixture
def pets_spec(tmp_path: Path) -> Path:
    path = tmp_path / "pets.yaml"
    path.write_text(yaml.safe_dump(PETS))
    return path


@pytest.fixture
def call(pets_spec: Path) -> Call:
    """Call the stateless (`--static`) pets mock in process: `call("GET", "/pets", headers=...)`.

    The pipeline and answer tests check Prism parity, which is stateless; test_stateful.py has its own.
    """
    return make_caller([pets_spec], MockOptions(static=True))


@pytest.fixture
def datum_http(mockserver_url: str) -> Iterator[httpx.Client]:
    """A client of the running mock, reset first, with the development token (see datum_planes.py)."""
    reset(mockserver_url)
    headers = {"authorization": f"Bearer {DEFAULT_TOKEN}"}
    with httpx.Client(base_url=mockserver_url, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture
def p1(datum_http: httpx.Client) -> httpx.Client:
    """`datum_http` once Project `p1` exists: its control plane answers at
    `/datum/apis/resourcemanager.datumapis.com/v1alpha/projects/p1/control-plane`."""
    project = {"metadata": {"name": "p1"}, "spec": {"parent": {"external": "organizations/o"}}}
    response = datum_http.post("/datum/apis/resourcemanager.datumapis.com/v1alpha/projects", json=project)
    assert response.status_code == 201, response.text
    return datum_http


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """One throwaway PostgreSQL cluster for the session. Without PostgreSQL the test is skipped on a
    developer's machine and fails under CI=true: CI must test the PostgreSQL store."""
    try:
        with throwaway_cluster() as cluster:
            yield cluster
    except PostgresNotFoundError as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true and no PostgreSQL: {exc}")
        pytest.skip(str(exc))


@pytest.fixture
def postgres_url(postgres: PostgresCluster) -> str:
    """The URL of a new, empty database of its own."""
    return postgres.new_database()
