"""PostgreSQL state vs in-memory state on the Omnistrate spec: req/s and p50/p99 of describe and list,
one worker and two; and acknowledged writes (creates) per second.

Run by `nox -s bench`, or `python benchmarks/bench_postgres.py [--seconds S] [--rounds N]`. It starts
a throwaway PostgreSQL cluster (`mockserver.pg_cluster`, as the tests do) and three mocks at once
(memory, PostgreSQL with 1 worker, PostgreSQL with `--workers 2`; in-memory state cannot have two
workers), then measures them in turns, `--rounds` times, and prints the medians: one long run per
server would be at the mercy of whatever else the machine did meanwhile. The load generator, server
start and stop are `bench_mock.py`'s. Every read carries its own `X-Request-Id`, so the in-memory
mock cannot replay a repeated one (`mockserver.replay` never replays on a shared store); the
PostgreSQL-backed mocks answer every read from a round trip sent after its request arrived, shared by
the requests that arrived together (`mockserver.postgres_store`). Goals on the 2-core build machine:
PostgreSQL-backed reads at least 50 % of in-memory reads (one worker each), and at least 1,000
acknowledged writes a second.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_mock import OMNISTRATE_API, TOKEN, UNIQUE, load, start_mock, stop

from mockserver.pg_cluster import throwaway_cluster

API = OMNISTRATE_API
SEEDED = 20  # services in the list
Row = tuple[float, float, float, int]


def _median(rows: list[Row]) -> Row:
    return (
        statistics.median(r[0] for r in rows),
        statistics.median(r[1] for r in rows),
        statistics.median(r[2] for r in rows),
        sum(r[3] for r in rows),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each run")
    parser.add_argument("--rounds", type=int, default=3, help="runs per server and endpoint, in turns")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    with throwaway_cluster() as cluster:
        configs = {
            "memory, 1 worker": [],
            "postgresql, 1 worker": ["--state", cluster.new_database()],
            "postgresql, 2 workers": ["--state", cluster.new_database(), "--workers", "2"],
        }
        servers: dict[str, tuple[subprocess.Popen[bytes], int]] = {}
        for label, state in configs.items():
            process, _, port = start_mock("--quiet", *state)
            servers[label] = (process, port)
        try:
            described: dict[str, str] = {}
            for label, (_, port) in servers.items():
                for i in range(SEEDED):
                    created = httpx.post(
                        f"http://127.0.0.1:{port}{API}/service",
                        json={"name": f"bench-{i}", "description": "bench"},
                        headers={"Authorization": f"Bearer {TOKEN}"},
                    ).json()
                described[label] = created
            runs: dict[tuple[str, str], list[Row]] = {}
            for _ in range(args.rounds):
                for label, (_, port) in servers.items():
                    for endpoint, path in (
                        ("describe", f"{API}/service/{described[label]}"),
                        ("list", f"{API}/service"),
                    ):
                        # Each read its own query string: the in-memory mock replays a read seen
                        # before (`mockserver.replay`), a shared store never does; compare the same work.
                        row = load(port, path, args.connections, args.seconds, variant=UNIQUE)
                        runs.setdefault((endpoint, label), []).append(row)
            body = b'{"name":"written","description":"bench"}'
            for _ in range(args.rounds):
                for label, (_, port) in servers.items():
                    row = load(
                        port, f"{API}/service", args.connections, args.seconds, method="POST", json_body=body
                    )
                    runs.setdefault(("create", label), []).append(row)
        finally:
            for process, _ in servers.values():
                stop(process)
    print(
        f"\nmock server state: PostgreSQL vs memory, Omnistrate spec, {args.connections} connections, "
        f"medians of {args.rounds} runs of {args.seconds:g} s in turns ({SEEDED} services listed)\n"
    )
    header = f"{'endpoint':<10} {'state':<24} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"
    print(f"{header} {'vs memory':>10}")
    for endpoint in ("describe", "list", "create"):
        base = _median(runs[(endpoint, "memory, 1 worker")])[0]
        for label in configs:
            rate, p50, p99, errors = _median(runs[(endpoint, label)])
            ratio = f"{rate / base * 100:>9.0f}%" if base else ""
            print(f"{endpoint:<10} {label:<24} {rate:>9.0f} {p50:>8.2f} {p99:>8.2f} {errors:>7} {ratio}")
    print("\ncreate: every answered 2xx is an acknowledged (committed) write; errors are non-2xx answers.")


if __name__ == "__main__":
    main()
