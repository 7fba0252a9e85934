"""How the PostgreSQL store talks to the database, by measurement: the store's statements through each
driver and connection scheme that could carry them, on one throwaway cluster.

- `store (libpq, 1 conn)`: `PostgresStore` as shipped, one connection, statements prepared once and
  run through libpq directly (`psycopg.pq`).
- `store (psycopg pool)`: the same prepared statements, each call on a connection checked out of a
  bounded `psycopg_pool.ConnectionPool` (what a pool costs a synchronous store).
- `psycopg cursor`: psycopg 3's ordinary `execute`/`fetchone` (server-side prepared after 5 runs).
- `psycopg async`, `asyncpg`: one awaited statement after another, as an async pipeline would run a
  request's store calls; and `... x16`: 16 such callers at once on a pool of 4, what an async server
  could overlap (its upper bound: the database does all the work here).
- writes of 3 changes: our one `mock_apply` call with arrays vs the 3 changes as 3 statements sent in
  psycopg's pipeline mode inside one transaction.

Run by `nox -s bench`, or `python benchmarks/bench_postgres_driver.py [--calls N] [--rounds N]`;
prints µs per call (medians of the rounds, run in turns) and calls per second.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import psycopg

from mockserver.pg_cluster import throwaway_cluster
from mockserver.postgres_store import PostgresStore
from mockserver.store import Put, Record


# The alternatives are no dependencies of the project: `nox -s bench` installs them; elsewhere a scheme
# whose driver is missing is left out of the table.
def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


psycopg_pool = _optional("psycopg_pool")
asyncpg = _optional("asyncpg")

NAMESPACE = "bench"
REVISION = "SELECT revision FROM mock_revisions WHERE namespace = %s"
APPLY = (
    "SELECT mock_apply(%s, NULL, ARRAY['put'], ARRAY['thing'], ARRAY[%s], ARRAY[''], ARRAY[%s::bytea], "
    "ARRAY[NULL::bigint])"
)
BODY = b'{"name":"written","description":"bench"}'


def _timed(calls: int, call: Callable[[int], object]) -> float:
    """µs per call of `calls` sequential calls."""
    start = time.perf_counter()
    for i in range(calls):
        call(i)
    return (time.perf_counter() - start) / calls * 1e6


class _Pooled(PostgresStore):
    """The store's prepared statements, each call on a connection from a bounded pool."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.pool = psycopg_pool.ConnectionPool(
            url, min_size=2, max_size=4, kwargs={"autocommit": True}, open=True
        )
        self._ready: set[int] = set()

    def _exec(self, name: bytes, params: object, formats: object = None) -> object:  # type: ignore[override]
        with self.pool.connection() as db:
            self._db, self._prepared = db, id(db) in self._ready
            self._ready.add(id(db))
            try:
                return super()._exec(name, params, formats)  # type: ignore[arg-type]
            finally:
                self._db = None


def _numbered(query: str) -> str:
    """`query` with asyncpg's placeholders ($1, $2, ...) for psycopg's (%s)."""
    parts = query.split("%s")
    return "".join(f"{part}${n}" for n, part in enumerate(parts[:-1], 1)) + parts[-1]


def _sync_rows(url: str, calls: int) -> dict[str, tuple[float, float]]:
    """µs per revision read and per one-put write for the synchronous schemes."""
    rows: dict[str, tuple[float, float]] = {}
    store = PostgresStore(url)
    rows["store (libpq, 1 conn)"] = (
        _timed(calls, lambda i: store.revision(NAMESPACE)),
        _timed(calls, lambda i: store.apply(NAMESPACE, (Put("thing", Record(f"s{i}", "", {"n": i})),))),
    )
    store.close()
    if psycopg_pool is not None:
        pooled = _Pooled(url)
        rows["store (psycopg pool)"] = (
            _timed(calls, lambda i: pooled.revision(NAMESPACE)),
            _timed(calls, lambda i: pooled.apply(NAMESPACE, (Put("thing", Record(f"p{i}", "", {"n": i})),))),
        )
        pooled.pool.close()
        pooled.close()
    with psycopg.connect(url, autocommit=True) as db:
        rows["psycopg cursor"] = (
            _timed(calls, lambda i: db.execute(REVISION, (NAMESPACE,)).fetchone()),
            _timed(calls, lambda i: db.execute(APPLY, (NAMESPACE, f"c{i}", BODY)).fetchone()),
        )
    return rows


def _async_rows(url: str, calls: int) -> dict[str, tuple[float, float]]:
    rows: dict[str, tuple[float, float]] = {}

    async def psycopg_async(callers: int) -> tuple[float, float]:
        async with psycopg_pool.AsyncConnectionPool(
            url, min_size=4, max_size=4, kwargs={"autocommit": True}
        ) as pool:

            async def read(i: int) -> object:
                async with pool.connection() as db:
                    return await (await db.execute(REVISION, (NAMESPACE,))).fetchone()

            async def write(i: int) -> object:
                async with pool.connection() as db:
                    return await (await db.execute(APPLY, (NAMESPACE, f"a{callers}-{i}", BODY))).fetchone()

            return await _measure_async(calls, read, write, callers)

    for callers in (1, 16) if psycopg_pool is not None else ():
        rows[f"psycopg async{' x16' if callers > 1 else ''}"] = asyncio.run(psycopg_async(callers))
    if asyncpg is not None:

        async def with_asyncpg(callers: int) -> tuple[float, float]:
            pool = await asyncpg.create_pool(url, min_size=4, max_size=4)
            try:

                async def read(i: int) -> object:
                    return await pool.fetchval(_numbered(REVISION), NAMESPACE)

                async def write(i: int) -> object:
                    return await pool.fetchval(_numbered(APPLY), NAMESPACE, f"g{callers}-{i}", BODY)

                return await _measure_async(calls, read, write, callers)
            finally:
                await pool.close()

        for callers in (1, 16):
            rows[f"asyncpg{' x16' if callers > 1 else ''}"] = asyncio.run(with_asyncpg(callers))
    return rows


async def _measure_async(
    calls: int,
    read: Callable[[int], Awaitable[object]],
    write: Callable[[int], Awaitable[object]],
    callers: int,
) -> tuple[float, float]:
    results = []
    for call in (read, write):

        async def caller(offset: int, call: Callable[[int], Awaitable[object]] = call) -> None:
            for i in range(offset, calls, callers):
                await call(i)

        start = time.perf_counter()
        await asyncio.gather(*(caller(c) for c in range(callers)))
        results.append((time.perf_counter() - start) / calls * 1e6)
    return results[0], results[1]


def _multi_rows(url: str, calls: int) -> dict[str, float]:
    """µs per write of 3 changes: one `mock_apply` with arrays vs 3 statements in pipeline mode."""
    store = PostgresStore(url)

    def changes(i: int) -> list[Put]:
        return [Put("multi", Record(f"m{i}-{n}", "", {"n": n})) for n in range(3)]

    one_call = _timed(calls, lambda i: store.apply(NAMESPACE, changes(i)))
    store.close()
    with psycopg.connect(url) as db:

        def pipelined(i: int) -> None:
            with db.pipeline(), db.transaction():
                for n in range(3):
                    db.execute(APPLY, (NAMESPACE, f"q{i}-{n}", BODY))

        pipeline = _timed(calls, pipelined)
    return {"3 changes, one mock_apply call": one_call, "3 changes, pipeline mode": pipeline}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=2000, help="calls per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each scheme in turn")
    args = parser.parse_args()
    with throwaway_cluster() as cluster:
        # Every scheme commits as the store does (without waiting for the WAL flush).
        url = cluster.new_database() + "?options=-c%20synchronous_commit%3Doff"
        PostgresStore(url).close()  # the schema
        rounds: dict[str, list[tuple[float, float]]] = {}
        multi: dict[str, list[float]] = {}
        for _ in range(args.rounds):
            for label, row in {**_sync_rows(url, args.calls), **_async_rows(url, args.calls)}.items():
                rounds.setdefault(label, []).append(row)
            for label, value in _multi_rows(url, args.calls // 2).items():
                multi.setdefault(label, []).append(value)
    print(f"\nPostgreSQL store drivers: µs per call, medians of {args.rounds} rounds of {args.calls} calls\n")
    print(f"{'scheme':<24} {'revision read':>14} {'reads/s':>9} {'one-put write':>14} {'writes/s':>9}")
    for label, values in rounds.items():
        read = statistics.median(v[0] for v in values)
        write = statistics.median(v[1] for v in values)
        print(f"{label:<24} {read:>11.0f} µs {1e6 / read:>9.0f} {write:>11.0f} µs {1e6 / write:>9.0f}")
    print()
    for label, micros in multi.items():
        value = statistics.median(micros)
        print(f"{label:<32} {value:>8.0f} µs {1e6 / value:>9.0f}/s")


if __name__ == "__main__":
    main()
