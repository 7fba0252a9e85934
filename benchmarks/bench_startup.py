"""How fast the mock starts: every spec together, and the Omnistrate spec against Prism.

Run by `nox -s bench`, or `python benchmarks/bench_startup.py [--turns N] [--no-prism]`. Three figures,
each the median of N starts taken in turns (this machine is shared; one start is noise):

- `mockserver serve` with every spec: seconds from launching the process to `/__mock/health`
  answering 200, interpreter start included (target: under 1 s warm);
- `create_app()` for every spec, in one warm interpreter (what a test fixture pays per app);
- `mockserver serve` on the Omnistrate spec against `prism mock` on it, each to its first answer of
  `GET /service` (target: the mock at most 0.2x Prism). Prism is installed as `bench_mock.py` does.

Every server has had one throwaway start first, so caches are warm (bytecode, the parsed-spec cache).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from bench_mock import (
    OMNISTRATE_API,
    PY_ENV,
    SPEC,
    cpu_seconds,
    free_port,
    prism_binary,
    start,
    start_mock,
    stop,
)

# Times `create_app()` for every spec in one interpreter: one call to warm it, then `turns` calls.
_IN_PROCESS = """
import statistics, sys, time
from mockserver import create_app
create_app().close()
times = []
for _ in range(int(sys.argv[1])):
    began = time.perf_counter()
    app = create_app()
    times.append(time.perf_counter() - began)
    app.close()
print(statistics.median(times))
"""
# A start's wall-clock seconds to ready, and the CPU seconds its process spent meanwhile: on a shared
# machine the second moves far less with the load than the first.
Start = tuple[float, float]


def _stopped(process: subprocess.Popen[bytes], ready: float) -> Start:
    cpu = cpu_seconds(process.pid) or 0.0
    stop(process)
    return ready, cpu


def _serve_all() -> Start:
    port = free_port()
    command = [sys.executable, "-m", "mockserver", "serve", "--port", str(port), "--log-level", "error"]
    return _stopped(*start(command, f"http://127.0.0.1:{port}/__mock/health", PY_ENV))


def _serve_omnistrate() -> Start:
    process, ready, _ = start_mock()
    return _stopped(process, ready)


def _prism_omnistrate() -> Start:
    port = free_port()
    command = [str(prism_binary()), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)]
    return _stopped(*start(command, f"http://127.0.0.1:{port}{OMNISTRATE_API}/service"))


def _create_app(turns: int) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, str(turns)],
        env=PY_ENV,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def _in_turns(measures: dict[str, Callable[[], Start]], turns: int) -> dict[str, list[Start]]:
    """Each measure once to warm up, then `turns` rounds of every measure, one after the other."""
    for measure in measures.values():
        measure()
    runs: dict[str, list[Start]] = {label: [] for label in measures}
    for _ in range(turns):
        for label, measure in measures.items():
            runs[label].append(measure())
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=5, help="starts per server (the median is reported)")
    parser.add_argument("--no-prism", action="store_true", help="leave Prism out (no Node.js here)")
    args, _ = parser.parse_known_args()  # `nox -s bench -- ...` passes every benchmark the same arguments
    measures: dict[str, Callable[[], Start]] = {
        "serve, every spec": _serve_all,
        "serve, omnistrate": _serve_omnistrate,
    }
    if not args.no_prism:
        measures["prism, omnistrate"] = _prism_omnistrate
    began = time.perf_counter()
    runs = _in_turns(measures, args.turns)
    medians = {label: statistics.median(wall for wall, _ in times) for label, times in runs.items()}
    cpu = {label: statistics.median(used for _, used in times) for label, times in runs.items()}
    print(f"start-up, median of {args.turns} warm starts in turns ({time.perf_counter() - began:.0f} s):")
    for label, times in runs.items():
        spread = ", ".join(f"{wall:.2f}" for wall, _ in times)
        print(f"  {label:<20} {medians[label]:.2f} s to ready ({spread}); CPU {cpu[label]:.2f} s")
    print(f"  create_app, every spec (in process) {_create_app(args.turns):.2f} s")
    print(f"  target: every spec under 1 s -> {'met' if medians['serve, every spec'] < 1 else 'NOT met'}")
    if "prism, omnistrate" in medians:
        ratio = medians["serve, omnistrate"] / medians["prism, omnistrate"]
        cpu_ratio = cpu["serve, omnistrate"] / cpu["prism, omnistrate"]
        verdict = "met" if ratio <= 0.2 else "NOT met"
        print(f"  omnistrate: mock/prism ratio {ratio:.2f} (target <= 0.2) -> {verdict}")
        print(f"  omnistrate: mock/prism CPU ratio {cpu_ratio:.2f}")


if __name__ == "__main__":
    main()
