"""Which store a `--state` value names: nothing (memory), a SQLite file, or a PostgreSQL URL."""

from __future__ import annotations

from .state_file import SqliteStore
from .store import MemoryStore, Store

__all__ = ["display_state", "open_store", "store_kind"]

_POSTGRES_SCHEMES = ("postgresql://", "postgres://")
_MISSING_DRIVER = "PostgreSQL state needs the psycopg driver: pip install 'cloud-api-toolkit[postgres]'"


def store_kind(state: str | None) -> str:
    """What `/__mock/health` calls the store: "memory", "sqlite" or "postgresql"."""
    if state is None:
        return "memory"
    return "postgresql" if state.startswith(_POSTGRES_SCHEMES) else "sqlite"


def display_state(state: str) -> str:
    """The `--state` value as it may be printed: a URL loses its password."""
    if store_kind(state) != "postgresql":
        return state
    from .postgres_store import display_url  # noqa: PLC0415 - only PostgreSQL state needs psycopg

    return display_url(state)


def open_store(state: str | None) -> Store:
    """The store `--state` names (a libpq URL: PostgreSQL; any other value: a SQLite file)."""
    kind = store_kind(state)
    if state is None:
        return MemoryStore()
    if kind == "sqlite":
        return SqliteStore(state)
    try:
        from .postgres_store import PostgresStore  # noqa: PLC0415 - an optional dependency
    except ImportError as exc:
        raise RuntimeError(_MISSING_DRIVER) from exc
    return PostgresStore(state)
