"""The shared store: PostgreSQL (`mockserver serve --state postgresql://user@host:port/db`).

Several mock processes (`--workers N`, replicas behind a load balancer) serve one world through it.
Every write is one PL/pgSQL call, so one round trip and one transaction that commits before the call
returns (the pipeline answers after the behaviour returns, so an acknowledged write is committed). A
write first advances its namespace's revision row, which locks that row until the commit: writers of
one namespace are serialised, so the version checks of `apply` (`expect`, `at`) cannot race.

Reads never get a stale answer: each one is answered from a round trip sent after its request
arrived, so it sees every write acknowledged (on any process) before the request was sent. A read
returns the namespace's revision in the same snapshot as the records, and the records only when the
revision is not the one this process's decoded copy was read at, so an unchanged namespace costs one
tiny round trip and no transfer or decoding. Requests that arrived together share that round trip:
the server stamps each request as its first bytes are read (`Store.arrived`), and a read whose request
arrived before this process's last round trip for the namespace was sent takes the revision that trip
answered (and the decoded copy, when it is at that revision) without asking again. Under load a
process reads a whole batch of waiting requests before it serves them, so a batch asks once; any
write of this process forgets the answer. (A cache invalidated by LISTEN/NOTIFY would be cheaper but
could serve a stale read between another replica's commit and the notification.) The engines that
keep their own copy (Data HUB, Datum) ask `revision` once per request, one primary-key read, shared
alike.

Why synchronous psycopg 3, one connection per process, no pool, no pipeline mode, chosen by
measurement: behaviours run synchronously on the event loop's thread, so a process never runs two
store calls at once, and every call of a request needs the answer of the one before it. The hot
statements are prepared once per connection and run through libpq directly (`psycopg.pq`). A lost
connection makes the call raise `StoreUnavailableError` (503) and the next call reconnects, at most
once a second while the database stays away, so an outage costs fast 503s rather than a blocked server.

`benchmarks/bench_postgres_driver.py` (µs per call, medians of 1-5 rounds of 300-2,000 calls, three
runs on the busy 2-core build machine, so ranges): a revision read (the call of every request) / a one-put
write took 88-167 / 281-521 us here; 317-688 / 534-1,100 us through a bounded
`psycopg_pool.ConnectionPool` (its checkout and return cost more than the query); 197-787 / 465-957
us through psycopg's cursors; 627-1,195 / 909-2,625 us with psycopg's async connection and
1,123-1,820 / 726-2,435 us with asyncpg, one awaited call after another as a request makes them, and
still 367-820 / 557-1,124 us (psycopg) and 462-860 / 722-1,070 us (asyncpg) per call with 16 callers
overlapping on a pool of 4, what an async pipeline could gain at best. A write of 3 changes is one
`mock_apply` call with arrays (875-1,299 us); the same 3 statements in psycopg's pipeline mode took
1,197-2,278 us (slower in two runs, 8 % faster in one): no write of ours has independent statements
left to pipeline. `benchmarks/bench_postgres.py` through the whole server (Omnistrate, 32 connections,
medians of 5 runs of 3 s, two runs): describe 2,265 / 2,623 req/s with one connection against 1,216 /
1,536 with a pool of 4 (one worker), 2,228 / 2,433 against 2,397 / 1,900 (two workers); list 1,253 /
1,476 against 1,330 / 1,214 (one), 2,342 / 2,070 against 2,168 / 1,617 (two); creates 655 / 1,154
against 705 / 1,177 (one), 1,295 / 1,300 against 1,200 / 1,224 (two): a pool is no faster and
usually slower. N processes hold N connections. A unix-socket connection (`?host=/socket/dir`) is
cheaper per round trip (a revision read 38 us against 58-90 us over TCP to 127.0.0.1) but the whole
server was no faster on one: describe 3,084 against 4,377 req/s, creates 1,184 against 1,379
(medians of 3 runs of 3 s in turns, load average 4-5), as reads seldom make a round trip of their own.

Durability matches the SQLite store's `synchronous=NORMAL`: sessions run with
`synchronous_commit = off`, so a commit is in PostgreSQL (every other session sees it, a mock killed
with SIGKILL loses nothing) without waiting for its WAL flush; only a crash of the database server
itself can lose the last fraction of a second of commits, never consistency. A URL that sets
`synchronous_commit` (`?options=-c%20synchronous_commit%3Don`) keeps its own choice. Measured on
the 2-core build machine: about 260 commits a second with the flush, 3,000 without.

The schema is versioned (`postgres_schema.py`): start-up applies the migrations the database lacks
and refuses a database newer than this mock.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import orjson
import psycopg
from psycopg import conninfo, pq

from .postgres_schema import CONFLICT, SCHEMA_VERSION, SchemaTooNewError, migrate
from .store import Change, Put, Record, Store, StoreUnavailableError, VersionConflictError, under

__all__ = ["SCHEMA_VERSION", "PostgresStore", "SchemaTooNewError", "display_url"]

_RECONNECT_SECONDS = 1.0


# The statements of every request, prepared once per connection and run through libpq directly.
_GET = b"mock_get"
_LIST = b"mock_list"
_REVISION = b"mock_revision"
_PUT = b"mock_put"  # `apply` of one Put: the usual write
_DELETE = b"mock_delete"
_PREPARED = {
    _PUT: b"SELECT mock_apply($1, $2::bigint, ARRAY['put'], ARRAY[$3], ARRAY[$4], ARRAY[$5], "
    b"ARRAY[$6::bytea], ARRAY[$7::bigint])",
    _DELETE: b"SELECT mock_delete($1, $2, $3)",
    # Reads answer the namespace's revision with the records, in one snapshot; the records only when
    # the revision is not the one the caller's cached copy was read at ($4 / $3), so a cache hit costs
    # one tiny round trip and no transfer or decoding, and is never stale.
    _GET: b"SELECT r.revision, m.parent, m.body, m.version FROM (SELECT coalesce((SELECT revision "
    b"FROM mock_revisions WHERE namespace = $1), 0) AS revision) AS r LEFT JOIN LATERAL (SELECT parent, "
    b"body, version FROM mock_records WHERE namespace = $1 AND resource = $2 AND id = $3 "
    b"AND r.revision <> $4::bigint) AS m ON true",
    _LIST: b"SELECT r.revision, m.id, m.parent, m.body, m.version FROM (SELECT coalesce((SELECT "
    b"revision FROM mock_revisions WHERE namespace = $1), 0) AS revision) AS r LEFT JOIN LATERAL "
    b"(SELECT id, parent, body, version, seq FROM mock_records WHERE namespace = $1 AND resource = $2 "
    b"AND r.revision <> $3::bigint) AS m ON true ORDER BY m.seq",
    _REVISION: b"SELECT revision FROM mock_revisions WHERE namespace = $1",
}


_CACHED_RECORDS = 4096  # decoded records kept for `get`; emptied when full
_ASKED_NAMESPACES = 1024  # namespaces whose last revision answer is kept; emptied when full


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


class PostgresStore(Store):
    def __init__(self, url: str, *, connect_timeout: int = 2) -> None:
        self.url = url
        self.where = display_url(url)
        self._connect_timeout = connect_timeout
        self._db: psycopg.Connection[Any] | None = None
        self._retry_at = 0.0
        self._problem = ""
        self._prepared = False  # are `_PREPARED` prepared on the current connection?
        # Decoded copies of what was read, with the namespace revision they were read at: served again
        # while the database says that revision is still current (`_GET`, `_LIST`).
        self._records: dict[tuple[str, str, str], tuple[int, Record | None]] = {}
        self._lists: dict[tuple[str, str], tuple[int, list[Record]]] = {}
        # namespace -> (time.monotonic_ns() before the round trip was sent, the revision it answered):
        # the requests that arrived before that moment may take the revision without asking (`_known`).
        self._asked: dict[str, tuple[int, int]] = {}
        try:
            migrate(self._connection(), self.where)
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
        if result.error_field(pq.DiagnosticField.SQLSTATE) == CONFLICT.encode():
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
            if getattr(exc, "sqlstate", None) == CONFLICT:
                resource, key, expected, found = orjson.loads(str(exc.diag.message_primary))
                raise VersionConflictError(resource, key, expected, found) from None
            if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) or db.closed:
                self._lost(exc)
                raise StoreUnavailableError(f"the database {self.where} failed: {self._problem}") from exc
            raise

    # -- the Store interface ---------------------------------------------------------------------

    def _known(self, namespace: str) -> int | None:
        """The namespace's revision as a round trip sent after the current request arrived answered
        it; None when there was none (the caller asks the database)."""
        arrived = self.arrived
        if arrived is None:
            return None
        asked = self._asked.get(namespace)
        return asked[1] if asked is not None and asked[0] > arrived else None

    def _ask(self, name: bytes, namespace: str, *params: str) -> tuple[int, pq.abc.PGresult]:
        """Run a read whose first column is the namespace's revision: the revision and the result."""
        sent = time.monotonic_ns()
        found = self._read(name, namespace, *params)
        revision = _int(found.get_value(0, 0)) if found.ntuples else 0
        if len(self._asked) >= _ASKED_NAMESPACES:
            self._asked.clear()
        self._asked[namespace] = (sent, revision)
        return revision, found

    def get(self, namespace: str, resource: str, id: str) -> Record | None:
        key = (namespace, resource, id)
        cached = self._records.get(key)
        seen = cached[0] if cached is not None else -1
        if cached is not None and self._known(namespace) == seen:
            return cached[1]
        revision, found = self._ask(_GET, namespace, resource, id, str(seen))
        if cached is not None and revision == seen:
            return cached[1]
        record = None
        if found.get_value(0, 1) is not None:
            parent, body, version = (found.get_value(0, column) or b"" for column in range(1, 4))
            record = Record(id, parent.decode(), orjson.loads(body), _int(version))
        if len(self._records) >= _CACHED_RECORDS:
            self._records.clear()
        self._records[key] = (revision, record)
        return record

    def put(self, namespace: str, resource: str, record: Record) -> None:
        self.apply(namespace, (Put(resource, record),))

    def delete(self, namespace: str, resource: str, id: str) -> bool:
        self._asked.pop(namespace, None)
        return _int(self._read(_DELETE, namespace, resource, id).get_value(0, 0)) > 0

    def resources(self, namespace: str) -> list[str]:
        rows = self._run(
            "SELECT DISTINCT resource FROM mock_records WHERE namespace = %s ORDER BY resource", (namespace,)
        ).fetchall()
        return [str(row[0]) for row in rows]

    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        cached = self._lists.get((namespace, resource))
        seen = cached[0] if cached is not None else -1
        if cached is not None and self._known(namespace) == seen:
            return [record for record in cached[1] if under(record.parent, parent)]
        revision, found = self._ask(_LIST, namespace, resource, str(seen))
        if cached is not None and revision == seen:
            records = cached[1]
        else:
            records = []
            for row in range(found.ntuples):
                if found.get_value(row, 1) is None:
                    continue  # no records: the one row carries the revision alone
                key, stored_parent, body, version = (found.get_value(row, c) or b"" for c in range(1, 5))
                records.append(
                    Record(key.decode(), stored_parent.decode(), orjson.loads(body), _int(version))
                )
            self._lists[(namespace, resource)] = (revision, records)
        return [record for record in records if under(record.parent, parent)]

    def apply(self, namespace: str, changes: Sequence[Change], *, at: int | None = None) -> int:
        self._asked.pop(namespace, None)
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

    @property
    def current_revision(self) -> bool:
        return True  # asked by a round trip sent after the request arrived (`_known`), as reads are

    def revision(self, namespace: str) -> int:
        known = self._known(namespace)
        return known if known is not None else self._ask(_REVISION, namespace)[0]

    def clear(self, namespace: str | None = None) -> None:
        self._asked.clear()
        self._run("SELECT mock_clear(%s)", (namespace,))

    def health(self) -> str:
        self._run("SELECT 1", ())
        return "ok"

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
