"""The durable store: one SQLite file in WAL mode (`mockserver serve --state FILE`).

Every write (`put`, `delete`, `apply`, `clear`) is one transaction that commits before it returns, and
the pipeline answers only after the behaviour returns, so an acknowledged write is in the file. With
WAL a commit appends to the `-wal` file through the OS, which survives the process being killed at any
moment (SIGKILL included); `synchronous=NORMAL` skips the per-commit fsync, so only a power cut could
lose the last commits. Start-up replays the WAL, which is how a restart restores the state. Files
written by older versions of the mock (no `version` column, no revisions) are upgraded on open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import orjson

from .store import Change, Put, Record, Store, VersionConflictError, check_revision, under

__all__ = ["SqliteStore"]

_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS records (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        namespace TEXT NOT NULL,
        resource TEXT NOT NULL,
        id TEXT NOT NULL,
        parent TEXT NOT NULL,
        body BLOB NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        UNIQUE (namespace, resource, id)
    )
    """,
    "CREATE TABLE IF NOT EXISTS revisions (namespace TEXT PRIMARY KEY, revision INTEGER NOT NULL)",
)
_BUMP = (
    "INSERT INTO revisions (namespace, revision) VALUES (?, 1) "
    "ON CONFLICT (namespace) DO UPDATE SET revision = revision + 1 RETURNING revision"
)
# ON CONFLICT keeps `seq`, so an update keeps the record's place in lists (as dicts do).
_UPSERT = (
    "INSERT INTO records (namespace, resource, id, parent, body, version) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (namespace, resource, id) DO UPDATE SET "
    "parent=excluded.parent, body=excluded.body, version=excluded.version"
)
_DELETE = "DELETE FROM records WHERE namespace=? AND resource=? AND id=?"


class SqliteStore(Store):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # One connection, used only from the event loop thread (behaviours run synchronously there);
        # autocommit mode: each statement is its own transaction unless wrapped in BEGIN/COMMIT.
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        for statement in _SCHEMA:
            self._db.execute(statement)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(records)")}
        if "version" not in columns:  # a file from before versions
            self._db.execute("ALTER TABLE records ADD COLUMN version INTEGER NOT NULL DEFAULT 0")

    def get(self, namespace: str, resource: str, id: str) -> Record | None:
        row = self._db.execute(
            "SELECT parent, body, version FROM records WHERE namespace=? AND resource=? AND id=?",
            (namespace, resource, id),
        ).fetchone()
        return Record(id, row[0], orjson.loads(row[1]), row[2]) if row is not None else None

    def put(self, namespace: str, resource: str, record: Record) -> None:
        self.apply(namespace, (Put(resource, record),))

    def delete(self, namespace: str, resource: str, id: str) -> bool:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            deleted = db.execute(_DELETE, (namespace, resource, id)).rowcount > 0
            if deleted:
                db.execute(_BUMP, (namespace,)).fetchone()
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return deleted

    def resources(self, namespace: str) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT resource FROM records WHERE namespace=? ORDER BY resource", (namespace,)
        ).fetchall()
        return [str(row[0]) for row in rows]

    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        rows = self._db.execute(
            "SELECT id, parent, body, version FROM records WHERE namespace=? AND resource=? ORDER BY seq",
            (namespace, resource),
        ).fetchall()
        return [Record(row[0], row[1], orjson.loads(row[2]), row[3]) for row in rows if under(row[1], parent)]

    def apply(self, namespace: str, changes: Sequence[Change], *, at: int | None = None) -> int:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if at is not None:
                check_revision(namespace, at, self.revision(namespace))
            for change in changes:
                if change.expect is None:
                    continue
                key = change.record.id if isinstance(change, Put) else change.id
                row = db.execute(
                    "SELECT version FROM records WHERE namespace=? AND resource=? AND id=?",
                    (namespace, change.resource, key),
                ).fetchone()
                found = row[0] if row is not None else 0
                if found != change.expect:
                    raise VersionConflictError(change.resource, key, change.expect, found)
            revision: int = db.execute(_BUMP, (namespace,)).fetchone()[0]
            for change in changes:
                if isinstance(change, Put):
                    record = change.record
                    db.execute(
                        _UPSERT,
                        (
                            namespace,
                            change.resource,
                            record.id,
                            record.parent,
                            orjson.dumps(record.body),
                            revision,
                        ),
                    )
                else:
                    db.execute(_DELETE, (namespace, change.resource, change.id))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return revision

    @property
    def current_revision(self) -> bool:
        return True  # `revision` reads the file's committed row each time: every process's writes

    def revision(self, namespace: str) -> int:
        row = self._db.execute("SELECT revision FROM revisions WHERE namespace=?", (namespace,)).fetchone()
        return int(row[0]) if row is not None else 0

    def clear(self, namespace: str | None = None) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if namespace is None:
                db.execute("DELETE FROM records")
                db.execute("UPDATE revisions SET revision = revision + 1")
            else:
                db.execute("DELETE FROM records WHERE namespace=?", (namespace,))
                db.execute(_BUMP, (namespace,)).fetchone()
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
