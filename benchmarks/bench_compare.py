"""The mock's per-request cost now against an earlier commit: "did this change slow API requests?".

`python benchmarks/bench_compare.py --ref COMMIT [--seconds S] [--rounds N]` checks COMMIT out in a
temporary git worktree, starts one mock from it and one from this checkout (same interpreter, same
installed dependencies, the Omnistrate spec of this checkout for both), and measures the Omnistrate
describe and list requests on each, repeated byte for byte and each with its own `X-Request-Id`
(answered by the replay of reads, `mockserver.replay`), and each with its own query string ("unique":
the whole pipeline each time):
req/s and the server's CPU time per request, medians of N short runs taken in turns (see
`bench_mock.per_request_cost`). CPU time per request is the figure to read on a
shared machine: other load lowers req/s but hardly the CPU a request costs.

`nox -s bench` runs it against `HEAD~1` (`--ref` overrides it; set `BENCH_COMPARE_REF` to choose).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from pathlib import Path

import httpx
from bench_mock import OMNISTRATE_API, PY_ENV, REPEATED, TOKEN, VARIANTS, per_request_cost, start_mock, stop

ROOT = Path(__file__).resolve().parent.parent
API = OMNISTRATE_API


def _row(request: str, variant: str) -> str:
    return request if variant == REPEATED else f"{request}, {variant}"


def mock_from(source: Path) -> tuple[subprocess.Popen[bytes], int]:
    """A mock whose `mockserver` package comes from `source` (a checkout), serving the Omnistrate spec."""
    env = {**PY_ENV, "PYTHONPATH": os.pathsep.join([str(source), PY_ENV.get("PYTHONPATH", "")])}
    # -P: not the working directory first on sys.path, so `source` decides which mockserver runs
    process, _, port = start_mock("--quiet", env=env, python=("-P",))
    return process, port


def created_service(port: int) -> str:
    answer = httpx.post(
        f"http://127.0.0.1:{port}{API}/service",
        json={"name": "bench", "description": "bench"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    answer.raise_for_status()
    return str(answer.json())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--ref", default=os.environ.get("BENCH_COMPARE_REF", "HEAD~1"), help="the earlier commit"
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each run")
    parser.add_argument("--rounds", type=int, default=5, help="runs per server and request")
    parser.add_argument("--connections", type=int, default=32)
    args, _ = parser.parse_known_args()  # nox -s bench passes every script the same arguments
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as scratch:
        before_tree = Path(scratch) / "before"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(before_tree), args.ref],
            check=True,
        )
        servers: list[subprocess.Popen[bytes]] = []
        try:
            targets = []
            variants = {}
            for label, source in (("before", before_tree), ("now", ROOT)):
                process, port = mock_from(source)
                servers.append(process)
                service = created_service(port)
                for request, path in (("describe", f"{API}/service/{service}"), ("list", f"{API}/service")):
                    for variant in VARIANTS:
                        name = f"{label} {_row(request, variant)}"
                        targets.append((name, process.pid, port, path))
                        variants[name] = variant
            costs = per_request_cost(targets, args.connections, args.seconds, args.rounds, variants)
        finally:
            for process in servers:
                stop(process)
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before_tree)], check=False
            )
    print(
        f"\nmock per-request cost, {args.ref} ('before') vs this checkout ('now'), Omnistrate spec, "
        f"medians of {args.rounds} runs of {args.seconds:g} s in turns:"
    )
    for request in (_row(r, v) for v in VARIANTS for r in ("describe", "list")):
        rate_before, cpu_before = costs[f"before {request}"]
        rate_now, cpu_now = costs[f"now {request}"]
        ratio = rate_now / max(rate_before, 1e-9)
        line = f"  {request:<18} req/s {rate_before:>8.0f} -> {rate_now:>8.0f} ({ratio:.2f}x)"
        if cpu_before and cpu_now:
            line += f"   CPU/request {cpu_before:6.1f} -> {cpu_now:6.1f} µs ({cpu_now / cpu_before:.2f}x)"
        print(line)


if __name__ == "__main__":
    main()
