"""Fixtures every test directory may use: a real PostgreSQL server (a throwaway cluster)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from mockserver.pg_cluster import PostgresCluster, PostgresNotFoundError, throwaway_cluster


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
