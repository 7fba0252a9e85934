"""What `mockserver proxy` adds per request: the Omnistrate describe request straight to an upstream
vs through the proxy in front of it (median and p99 latency, and the difference).

Run by `nox -s bench`, or `python benchmarks/bench_proxy.py [--requests N]`. The upstream is
`mockserver serve omnistrate` (quiet); the proxy is `mockserver proxy omnistrate --upstream ...`
(quiet: the access log is not what is measured). One keep-alive client sends the requests one at a
time, in alternating rounds of `--round` requests to each, so both see the same machine load.
Goal: at most 1 ms added at the median. Latency on a busy machine says as much about the machine as
about the proxy, so the table also gives the proxy process's own CPU time per request (from /proc,
Linux only): what the proxy costs whatever else runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import httpx

from mockserver.testing import admin_headers, running_server, start_server

SERVICE = "s-bench001"
PATH = f"/2022-09-01-00/service/{SERVICE}"
HEADERS = {"Authorization": "Bearer mock-token", "Accept": "application/json"}


def _timings(client: httpx.Client, url: str, count: int) -> list[float]:
    out = []
    for _ in range(count):
        started = time.perf_counter()
        answer = client.get(url)
        out.append(time.perf_counter() - started)
        if answer.status_code != 200:
            raise SystemExit(f"{url}: {answer.status_code} {answer.text[:200]}")
    return out


def _cpu_seconds(pid: int) -> float | None:
    """utime + stime of the process, or None where /proc is not there."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return None
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests to each (default 3000)")
    parser.add_argument("--round", type=int, default=100, help="requests per round (default 100)")
    args, _ = parser.parse_known_args()  # `nox -s bench -- ...` hands every script the same arguments
    with running_server(["omnistrate"], args=["--quiet"]) as upstream:
        seed = {"omnistrate": {"service": [{"id": SERVICE, "name": "Bench", "description": "A service"}]}}
        httpx.post(f"{upstream}/__mock/seed", json=seed, headers=admin_headers()).raise_for_status()
        proxy_args = ["--upstream", upstream, "--quiet"]
        proxy_process = start_server(["omnistrate"], args=proxy_args, command_name="proxy")
        proxy = proxy_process.url
        direct: list[float] = []
        proxied: list[float] = []
        cpu = 0.0
        try:
            with httpx.Client(headers=HEADERS) as client:
                through = client.get(proxy + PATH)
                assert "sl-violations" not in through.headers, through.headers["sl-violations"]
                _timings(client, upstream + PATH, 200)  # warm both up
                _timings(client, proxy + PATH, 200)
                rounds = max(1, args.requests // args.round)
                for _ in range(rounds):
                    direct += _timings(client, upstream + PATH, args.round)
                    before = _cpu_seconds(proxy_process.process.pid)
                    proxied += _timings(client, proxy + PATH, args.round)
                    after = _cpu_seconds(proxy_process.process.pid)
                    if before is not None and after is not None:
                        cpu += after - before
        finally:
            proxy_process.stop()
    d50, p50 = statistics.median(direct) * 1000, statistics.median(proxied) * 1000
    d99, p99 = _p99(direct) * 1000, _p99(proxied) * 1000
    print(f"\nmockserver proxy overhead: GET {PATH} (Omnistrate describe), {len(direct)} requests each")
    print(f"{'':<22}{'median ms':>10}{'p99 ms':>10}")
    print(f"{'direct to upstream':<22}{d50:>10.3f}{d99:>10.3f}")
    print(f"{'through the proxy':<22}{p50:>10.3f}{p99:>10.3f}")
    print(f"{'added by the proxy':<22}{p50 - d50:>10.3f}{p99 - d99:>10.3f}")
    if cpu:
        print(f"{'proxy CPU per request':<22}{cpu / len(proxied) * 1000:>10.3f}")
    verdict = "met" if p50 - d50 <= 1.0 else "MISSED"
    print(f"goal: at most 1 ms added at the median: {verdict}")


if __name__ == "__main__":
    main()
