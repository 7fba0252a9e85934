"""The durable store: one SQLite file in WAL mode (`mockserver serve --state FILE`).

Every `put` and `delete` commits before it returns, and the pipeline answers only after the behaviour
returns, so an acknowledged write is in the file. With WAL a commit appends to the `-wal` file through
the OS, which survives the process being killed at any moment (SIGKILL included); `synchronous=NORMAL`
skips the per-commit fsync, so only a power cut could lose the last commits. Start-up replays the WAL,
which is how a restart restores the state.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import orjson

from .store import Record, Store, under

__all__ = ["SqliteStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    namespace TEXT NOT NULL,
    resource TEXT NOT NULL,
    id TEXT NOT NULL,
    parent TEXT NOT NULL,
    body BLOB NOT NULL,
    UNIQUE (namespace, resource, id)
)
"""


class SqliteStore(Store):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # One connection, used only from the event loop thread (behaviours run synchronously there);
        # autocommit mode: each statement is its own committed transaction.
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)

    def get(self, namespace: str, resource: str, id: str) -> Record | None:
        row = self._db.execute(
            "SELECT parent, body FROM records WHERE namespace=? AND resource=? AND id=?",
            (namespace, resource, id),
        ).fetchone()
        return Record(id, row[0], orjson.loads(row[1])) if row is not None else None

    def put(self, namespace: str, resource: str, record: Record) -> None:
        # ON CONFLICT keeps `seq`, so an update keeps the record's place in lists (as dicts do).
        self._db.execute(
            "INSERT INTO records (namespace, resource, id, parent, body) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (namespace, resource, id) DO UPDATE SET parent=excluded.parent, body=excluded.body",
            (namespace, resource, record.id, record.parent, orjson.dumps(record.body)),
        )

    def delete(self, namespace: str, resource: str, id: str) -> bool:
        cursor = self._db.execute(
            "DELETE FROM records WHERE namespace=? AND resource=? AND id=?", (namespace, resource, id)
        )
        return cursor.rowcount > 0

    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        rows = self._db.execute(
            "SELECT id, parent, body FROM records WHERE namespace=? AND resource=? ORDER BY seq",
            (namespace, resource),
        ).fetchall()
        return [Record(row[0], row[1], orjson.loads(row[2])) for row in rows if under(row[1], parent)]

    def clear(self, namespace: str | None = None) -> None:
        if namespace is None:
            self._db.execute("DELETE FROM records")
        else:
            self._db.execute("DELETE FROM records WHERE namespace=?", (namespace,))

    def close(self) -> None:
        self._db.close()
