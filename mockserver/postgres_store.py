"""The shared store: PostgreSQL (`mockserver serve --state postgresql://user@host:port/db`).

Several mock processes (`--workers N`, replicas behind a load balancer) serve one world through it.
Every write is one PL/pgSQL call, so one round trip and one transaction that commits before the call
returns (the pipeline answers after the behaviour returns, so an acknowledged write is committed). A
write first advances its namespace's revision row, which locks that row until the commit: writers of
one namespace are serialised, so the version checks of `apply` (`expect`, `at`) cannot race.

Reads go to the database every time: no per-process cache could know, without asking, that another
replica wrote. The engines that cache (Data HUB, Datum) ask `revision` once per request, which is one
indexed primary-key read.

Why synchronous psycopg 3 with one connection per process (not asyncpg, not a pool): behaviours run
synchronously on the event loop's thread, so a process never runs two store calls at once and one
connection is all it can use; an async driver would need the whole pipeline made async, and a pool's
checkout costs a lock and a queue per call for nothing (both measured in `benchmarks/bench_postgres.py`'s
notes). N processes hold N connections. A lost connection makes the call raise `StoreUnavailableError`
(503) and the next call reconnects, at most once a second while the database stays away, so an outage
costs fast 503s rather than a blocked server.

Durability matches the SQLite store's `synchronous=NORMAL`: sessions run with
`synchronous_commit = off`, so a commit is in PostgreSQL (every other session sees it, a mock killed
with SIGKILL loses nothing) without waiting for its WAL flush; only a crash of the database server
itself can lose the last fraction of a second of commits, never consistency. A URL that sets
`synchronous_commit` (`?options=-c%20synchronous_commit%3Don`) keeps its own choice. Measured on
the 2-core build machine: about 260 commits a second with the flush, 3,000 without.

The schema is versioned in `mock_schema`: start-up applies the migrations the database lacks (under
an advisory lock, so workers starting together do it once) and refuses a database newer than this mock.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import orjson
import psycopg
from psycopg import conninfo, pq

from .store import Change, Put, Record, Store, StoreUnavailableError, VersionConflictError, under

__all__ = ["SCHEMA_VERSION", "PostgresStore", "SchemaTooNewError", "display_url"]

_CONFLICT = "MK409"  # the SQLSTATE our functions raise for a failed version check
_MIGRATE_LOCK = 0x6D6F636B  # pg_advisory_xact_lock key: "mock"
_RECONNECT_SECONDS = 1.0

# Each entry upgrades the schema by one version; never edit a released one, append another.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE mock_records (
            seq bigserial NOT NULL,
            namespace text NOT NULL,
            resource text NOT NULL,
            id text NOT NULL,
            parent text NOT NULL,
            body bytea NOT NULL,
            version bigint NOT NULL,
            PRIMARY KEY (namespace, resource, id)
        )
        """,
        # No second index for lists (they read the primary key's (namespace, resource) prefix and sort
        # by seq): with one, an unanalysed table had reads by id scan the whole resource (measured).
        "CREATE TABLE mock_revisions (namespace text PRIMARY KEY, revision bigint NOT NULL)",
        # One revision row per namespace: bumping it locks it until the commit (serialises writers).
        """
        CREATE FUNCTION mock_bump(ns text) RETURNS bigint LANGUAGE sql AS $$
            INSERT INTO mock_revisions AS r (namespace, revision) VALUES (ns, 1)
            ON CONFLICT (namespace) DO UPDATE SET revision = r.revision + 1 RETURNING revision
        $$
        """,
        # ON CONFLICT keeps `seq`, so an update keeps the record's place in lists.
        """
        CREATE FUNCTION mock_apply(
            ns text, at_revision bigint, kinds text[], resources text[], ids text[], parents text[],
            bodies bytea[], expects bigint[]
        ) RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE
            rev bigint := mock_bump(ns);
            found bigint;
        BEGIN
            IF at_revision IS NOT NULL AND rev <> at_revision + 1 THEN
                RAISE EXCEPTION USING ERRCODE = 'MK409',
                    MESSAGE = json_build_array('', ns, at_revision, rev - 1)::text;
            END IF;
            FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP
                CONTINUE WHEN expects[i] IS NULL;
                found := coalesce((SELECT version FROM mock_records
                    WHERE namespace = ns AND resource = resources[i] AND id = ids[i]), 0);
                IF found <> expects[i] THEN
                    RAISE EXCEPTION USING ERRCODE = 'MK409',
                        MESSAGE = json_build_array(resources[i], ids[i], expects[i], found)::text;
                END IF;
            END LOOP;
            FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP
                IF kinds[i] = 'put' THEN
                    INSERT INTO mock_records (namespace, resource, id, parent, body, version)
                    VALUES (ns, resources[i], ids[i], parents[i], bodies[i], rev)
                    ON CONFLICT (namespace, resource, id) DO UPDATE
                    SET parent = excluded.parent, body = excluded.body, version = excluded.version;
                ELSE
                    DELETE FROM mock_records WHERE namespace = ns AND resource = resources[i] AND id = ids[i];
                END IF;
            END LOOP;
            RETURN rev;
        END
        $$
        """,
        # A delete advances the revision only when it removed something: 0 when nothing was there.
        """
        CREATE FUNCTION mock_delete(ns text, res text, key text) RETURNS bigint LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM mock_records WHERE namespace = ns AND resource = res AND id = key;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            RETURN mock_bump(ns);
        END
        $$
        """,
        """
        CREATE FUNCTION mock_clear(ns text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF ns IS NULL THEN
                DELETE FROM mock_records;
                UPDATE mock_revisions SET revision = revision + 1;
            ELSE
                DELETE FROM mock_records WHERE namespace = ns;
                PERFORM mock_bump(ns);
            END IF;
        END
        $$
        """,
    ),
)
SCHEMA_VERSION = len(_MIGRATIONS)

# The reads of every request, prepared once per connection and run through libpq directly
# (`psycopg.pq`): psycopg's cursors cost about 130 us of CPU a query where libpq's call costs 35.
_GET = b"mock_get"
_LIST = b"mock_list"
_REVISION = b"mock_revision"
_PUT = b"mock_put"  # `apply` of one Put: the usual write
_DELETE = b"mock_delete"
_PREPARED = {
    _PUT: b"SELECT mock_apply($1, $2::bigint, ARRAY['put'], ARRAY[$3], ARRAY[$4], ARRAY[$5], "
    b"ARRAY[$6::bytea], ARRAY[$7::bigint])",
    _DELETE: b"SELECT mock_delete($1, $2, $3)",
    _GET: b"SELECT parent, body, version FROM mock_records "
    b"WHERE namespace = $1 AND resource = $2 AND id = $3",
    _LIST: b"SELECT id, parent, body, version FROM mock_records WHERE namespace = $1 AND resource = $2 "
    b"ORDER BY seq",
    _REVISION: b"SELECT revision FROM mock_revisions WHERE namespace = $1",
}


def _int(value: bytes | None) -> int:
    """A bigint in libpq's binary format."""
    return int.from_bytes(value or b"", "big", signed=True)


def display_url(url: str) -> str:
    """`url` without its password (and other secrets), for messages and logs."""
    try:
        parts = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(a malformed URL)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    host = str(parts.get("host") or "")
    if host.startswith("/"):  # a unix socket directory: libpq's URL form puts it in the query
        return f"postgresql://{user}/{parts.get('dbname') or ''}?host={host}{port and '&port=' + port[1:]}"
    return f"postgresql://{user}{host}{port}/{parts.get('dbname') or ''}"


class SchemaTooNewError(RuntimeError):
    """The database was set up by a newer mock: this one would misread it."""


class PostgresStore(Store):
    def __init__(self, url: str, *, connect_timeout: int = 2) -> None:
        self.url = url
        self.where = display_url(url)
        self._connect_timeout = connect_timeout
        self._db: psycopg.Connection[Any] | None = None
        self._retry_at = 0.0
        self._problem = ""
        self._prepared = False  # are `_PREPARED` prepared on the current connection?
        try:
            self._migrate(self._connection())
        except psycopg.OperationalError as exc:
            self._lost(exc)
            raise StoreUnavailableError(f"cannot reach the database {self.where}: {self._problem}") from exc
        except psycopg.Error as exc:
            self.close()
            raise RuntimeError(f"cannot set up the mock's tables in {self.where}: {exc}") from exc

    # -- the connection --------------------------------------------------------------------------

    def _connection(self) -> psycopg.Connection[Any]:
        db = self._db
        if db is not None and not db.closed:
            return db
        now = time.monotonic()
        if now < self._retry_at:
            raise StoreUnavailableError(f"the database {self.where} is unavailable: {self._problem}")
        try:
            # Autocommit: each statement (one of our functions for every write) is its own transaction.
            db = psycopg.connect(self.url, autocommit=True, connect_timeout=self._connect_timeout)
            if "synchronous_commit" not in self.url:
                db.execute("SET synchronous_commit = off")
        except psycopg.OperationalError as exc:
            self._lost(exc)
            raise StoreUnavailableError(f"cannot reach the database {self.where}: {self._problem}") from exc
        self._db = db
        self._prepared = False
        return db

    def _lost(self, exc: Exception) -> None:
        """Forget a broken connection; reconnect no sooner than `_RECONNECT_SECONDS` from now."""
        self._problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        self._retry_at = time.monotonic() + _RECONNECT_SECONDS
        if self._db is not None:
            self._db.close()
            self._db = None

    def _read(self, name: bytes, *params: str) -> pq.abc.PGresult:
        """Run the prepared statement `name` with text parameters."""
        return self._exec(name, [p.encode() for p in params])

    def _exec(
        self, name: bytes, params: Sequence[bytes | None], formats: Sequence[int] | None = None
    ) -> pq.abc.PGresult:
        """Run the prepared statement `name` (binary results; `formats`: 1 for a binary parameter)."""
        pgconn = self._connection().pgconn
        try:
            if not self._prepared:
                for prepared, query in _PREPARED.items():
                    self._check(pgconn, pgconn.prepare(prepared, query), pq.ExecStatus.COMMAND_OK)
                self._prepared = True
            # None is SQL NULL (libpq's null pointer), which psycopg's stub does not list.
            result = pgconn.exec_prepared(name, params, formats, result_format=1)  # type: ignore[arg-type]
        except psycopg.OperationalError as exc:
            self._lost(exc)
            raise StoreUnavailableError(f"the database {self.where} failed: {self._problem}") from exc
        return self._check(pgconn, result, pq.ExecStatus.TUPLES_OK)

    def _check(self, pgconn: pq.abc.PGconn, result: pq.abc.PGresult, ok: pq.ExecStatus) -> pq.abc.PGresult:
        if result.status == ok:
            return result
        if result.error_field(pq.DiagnosticField.SQLSTATE) == _CONFLICT.encode():
            detail = result.error_field(pq.DiagnosticField.MESSAGE_PRIMARY) or b"[]"
            resource, key, expected, found = orjson.loads(detail)
            raise VersionConflictError(resource, key, expected, found)
        message = (result.error_message or pgconn.error_message).decode("utf-8", "replace").strip()
        if pgconn.status != pq.ConnStatus.OK:
            self._lost(psycopg.OperationalError(message))
            raise StoreUnavailableError(f"the database {self.where} failed: {self._problem}")
        raise psycopg.DatabaseError(message)

    def _run(self, query: str, params: Sequence[Any]) -> psycopg.Cursor[Any]:
        db = self._connection()
        try:
            return db.execute(query, params)  # our constant SQL
        except psycopg.Error as exc:
            if getattr(exc, "sqlstate", None) == _CONFLICT:
                resource, key, expected, found = orjson.loads(str(exc.diag.message_primary))
                raise VersionConflictError(resource, key, expected, found) from None
            if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) or db.closed:
                self._lost(exc)
                raise StoreUnavailableError(f"the database {self.where} failed: {self._problem}") from exc
            raise

    def _migrate(self, db: psycopg.Connection[Any]) -> None:
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS mock_schema "
                "(version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"
            )
            row = db.execute("SELECT coalesce(max(version), 0) FROM mock_schema").fetchone()
            current = int(row[0]) if row is not None else 0
            if current > SCHEMA_VERSION:
                raise SchemaTooNewError(
                    f"the database {self.where} has schema version {current}, newer than this mock "
                    f"knows ({SCHEMA_VERSION}): upgrade the mock, or use another database"
                )
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[version - 1]:
                    db.execute(statement)  # our constant SQL
                db.execute("INSERT INTO mock_schema (version) VALUES (%s)", (version,))

    # -- the Store interface ---------------------------------------------------------------------

    def get(self, namespace: str, resource: str, id: str) -> Record | None:
        found = self._read(_GET, namespace, resource, id)
        if not found.ntuples:
            return None
        parent, body, version = (found.get_value(0, column) or b"" for column in range(3))
        return Record(id, parent.decode(), orjson.loads(body), _int(version))

    def put(self, namespace: str, resource: str, record: Record) -> None:
        self.apply(namespace, (Put(resource, record),))

    def delete(self, namespace: str, resource: str, id: str) -> bool:
        return _int(self._read(_DELETE, namespace, resource, id).get_value(0, 0)) > 0

    def resources(self, namespace: str) -> list[str]:
        rows = self._run(
            "SELECT DISTINCT resource FROM mock_records WHERE namespace = %s ORDER BY resource", (namespace,)
        ).fetchall()
        return [str(row[0]) for row in rows]

    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        found = self._read(_LIST, namespace, resource)
        records = []
        for row in range(found.ntuples):
            stored_parent = (found.get_value(row, 1) or b"").decode()
            if under(stored_parent, parent):
                key, body, version = (found.get_value(row, column) or b"" for column in (0, 2, 3))
                records.append(Record(key.decode(), stored_parent, orjson.loads(body), _int(version)))
        return records

    def apply(self, namespace: str, changes: Sequence[Change], *, at: int | None = None) -> int:
        if len(changes) == 1 and isinstance(changes[0], Put):
            put = changes[0]
            params = [
                namespace.encode(),
                None if at is None else b"%d" % at,
                put.resource.encode(),
                put.record.id.encode(),
                put.record.parent.encode(),
                orjson.dumps(put.record.body),
                None if put.expect is None else b"%d" % put.expect,
            ]
            return _int(self._exec(_PUT, params, (0, 0, 0, 0, 0, 1, 0)).get_value(0, 0))
        kinds, resources, ids, parents, bodies, expects = [], [], [], [], [], []
        for change in changes:
            resources.append(change.resource)
            expects.append(change.expect)
            if isinstance(change, Put):
                kinds.append("put")
                ids.append(change.record.id)
                parents.append(change.record.parent)
                bodies.append(orjson.dumps(change.record.body))
            else:
                kinds.append("delete")
                ids.append(change.id)
                parents.append("")
                bodies.append(b"")
        row = self._run(
            "SELECT mock_apply(%s, %s, %s::text[], %s::text[], %s::text[], %s::text[], %s::bytea[], "
            "%s::bigint[])",
            (namespace, at, kinds, resources, ids, parents, bodies, expects),
        ).fetchone()
        assert row is not None
        return int(row[0])

    def revision(self, namespace: str) -> int:
        found = self._read(_REVISION, namespace)
        return _int(found.get_value(0, 0)) if found.ntuples else 0

    def clear(self, namespace: str | None = None) -> None:
        self._run("SELECT mock_clear(%s)", (namespace,))

    def health(self) -> str:
        self._run("SELECT 1", ())
        return "ok"

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
