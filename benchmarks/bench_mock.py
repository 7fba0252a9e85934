"""Prism vs this mock on the Omnistrate spec: req/s, p50/p99 latency, time to ready; plus a hello-world.

Run by `nox -s bench`, or `python benchmarks/bench_mock.py [--seconds S] [--connections N] [--soak]`.
It installs Prism itself (`npm install --prefix ~/.cache/cloud-api-toolkit/prism @stoplight/prism-cli@5`);
the load generator is below: keep-alive HTTP/1.1 over raw asyncio sockets, in several processes, so
the client is never the bottleneck. `--soak` adds a 60 s run with 256 connections: errors and memory.

Per-request cost is compared with a bare ASGI hello-world served by the mock's own server stack
(`mockserver.server.server_config`): the server's CPU time per request (from /proc) and req/s, each the
median of several short runs taken in turns, since one long run per server is at the mercy of
whatever else the machine did meanwhile. The describe and list requests are measured three ways, each
against a hello-world receiving the same requests: repeated byte for byte, as a client polling them
sends them, and each with its own `X-Request-Id`, as a client tracing its requests sends them (the mock
replays both the answer while the state is unchanged, `mockserver.replay`); and each with its own
query string, so that none is ever seen twice (the whole pipeline each time).

Time to ready is measured twice per server: the first start (cold caches: Python bytecode, the mock's
parsed-spec cache) and a second start, the one compared. The Python servers run with bytecode caching
on (in the cache directory, whatever PYTHONDONTWRITEBYTECODE says): installed packages have their
bytecode compiled, and a sandbox that forbids writing it would recompile every module on each start.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "omnistrate" / "openapi.yaml"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "cloud-api-toolkit" / "prism"
TOKEN = "mock-token"
OMNISTRATE_API = "/2022-09-01-00"
# The environment of the Python servers: bytecode cached, as an installed package has it.
PY_ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPYCACHEPREFIX": str(CACHE.parent / "pycache"),
}
# The bare ASGI hello-world, run on the mock's own server stack (`mockserver.server.server_config`).
HELLO = """
import sys

import uvicorn

from mockserver.server import server_config


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"{}"})


if __name__ == "__main__":
    uvicorn.Server(server_config(app, log_level="error", host="127.0.0.1", port=int(sys.argv[1]))).run()
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prism_binary() -> Path:
    binary = CACHE / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        npm = shutil.which("npm")
        if npm is None:
            sys.exit("bench_mock: npm is needed to install Prism")
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--silent", "--prefix", str(CACHE), "@stoplight/prism-cli@5"], check=True
        )
    return binary


def answers(url: str) -> bool:
    """Does the server at `url` answer (any status below 500)? A bare socket, so that polling costs
    the time it measures almost nothing (an httpx client per poll takes tens of milliseconds)."""
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=1) as sock:
            sock.sendall(
                f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                f"Authorization: Bearer {TOKEN}\r\nConnection: close\r\n\r\n".encode()
            )
            head = sock.recv(64)
    except OSError:
        return False
    return head.startswith(b"HTTP/") and head[9:12].isdigit() and int(head[9:12]) < 500


def start(
    command: list[str], ready_url: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], float]:
    """Start a server; the seconds until `ready_url` answers."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    while not answers(ready_url):
        if process.poll() is not None:
            sys.exit(f"bench_mock: {command[0]} exited with {process.returncode}")
        time.sleep(0.005)
    return process, time.perf_counter() - began


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_mock(
    *extra: str, env: dict[str, str] | None = None, python: tuple[str, ...] = ()
) -> tuple[subprocess.Popen[bytes], float, int]:
    """`mockserver serve` of the Omnistrate spec on a free port (errors only, `extra` appended):
    the process, the seconds until its list answers, and the port. `python` flags go to the interpreter."""
    port = free_port()
    command = [sys.executable, *python, "-m", "mockserver", "serve", str(SPEC), "--port", str(port)]
    process, ready = start(
        [*command, "--log-level", "error", *extra],
        f"http://127.0.0.1:{port}{OMNISTRATE_API}/service",
        PY_ENV if env is None else env,
    )
    return process, ready, port


# -- load generator --------------------------------------------------------------------------------

# How the requests of one load run differ from each other (`load`).
REPEATED, TRACED, UNIQUE = "repeated", "traced", "unique"
VARIANTS = (REPEATED, TRACED, UNIQUE)


async def _connection(
    port: int,
    request: bytes | tuple[bytes, bytes],
    deadline: float,
    latencies: list[float],
    errors: list[int],
) -> None:
    """Requests on one keep-alive connection until `deadline`. A (before, after) `request` is sent as
    before + N + after, N counting up (see `load`'s `variant`)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    count = 0
    try:
        while time.perf_counter() < deadline:
            sent = time.perf_counter()
            if isinstance(request, tuple):
                count += 1
                writer.write(b"%s%d-%d%s" % (request[0], id(writer), count, request[1]))
            else:
                writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            latencies.append(time.perf_counter() - sent)
            if status >= 400:
                errors.append(status)
    except (OSError, asyncio.IncompleteReadError):
        errors.append(0)
    finally:
        writer.close()


def _worker(
    port: int,
    request: bytes | tuple[bytes, bytes],
    connections: int,
    seconds: float,
    queue: multiprocessing.Queue[tuple[list[float], int]],
) -> None:
    latencies: list[float] = []
    errors: list[int] = []

    async def run() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(
            *(_connection(port, request, deadline, latencies, errors) for _ in range(connections))
        )

    asyncio.run(run())
    queue.put((latencies, len(errors)))


def load(
    port: int,
    path: str,
    connections: int,
    seconds: float,
    *,
    method: str = "GET",
    json_body: bytes = b"",
    variant: str = REPEATED,
) -> tuple[float, float, float, int]:
    """req/s, p50 ms, p99 ms, errors for `method` `path` (GET; a POST sends `json_body`) with
    `connections` keep-alive connections. `variant`: REPEATED sends the same request byte for byte;
    TRACED gives each its own `X-Request-Id` (as a client tracing its requests does); UNIQUE gives each
    its own query string (`?request=N`), so no request is ever seen twice."""
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {', '.join(VARIANTS)}, not {variant!r}")
    body_headers = (
        f"Content-Type: application/json\r\nContent-Length: {len(json_body)}\r\n" if json_body else ""
    )
    headers = (
        f"Host: 127.0.0.1:{port}\r\nAuthorization: Bearer {TOKEN}\r\n"
        f"Accept: application/json\r\n{body_headers}"
    ).encode()
    line = f"{method} {path}".encode()
    tail = b"\r\n" + json_body
    request: bytes | tuple[bytes, bytes]
    if variant == TRACED:
        request = (b"%s HTTP/1.1\r\n%sX-Request-Id: " % (line, headers), b"\r\n" + tail)
    elif variant == UNIQUE:
        joiner = b"&" if b"?" in line else b"?"
        request = (b"%s%srequest=" % (line, joiner), b" HTTP/1.1\r\n%s%s" % (headers, tail))
    else:
        request = b"%s HTTP/1.1\r\n%s%s" % (line, headers, tail)
    workers = max(1, min(os.cpu_count() or 1, 4, connections))
    queue: multiprocessing.Queue[tuple[list[float], int]] = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=_worker, args=(port, request, connections // workers, seconds, queue))
        for _ in range(workers)
    ]
    for process in processes:
        process.start()
    latencies: list[float] = []
    errors = 0
    for _ in processes:
        found, failed = queue.get()
        latencies.extend(found)
        errors += failed
    for process in processes:
        process.join()
    if not latencies:
        return 0.0, 0.0, 0.0, errors
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / seconds, statistics.median(latencies) * 1000, p99 * 1000, errors


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a process so far (Linux), or None where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cost(
    pid: int, port: int, path: str, connections: int, seconds: float, *, variant: str = REPEATED
) -> tuple[float, float | None]:
    """req/s and the server's CPU microseconds per request for one load run (see `load`)."""
    before = cpu_seconds(pid)
    rate = load(port, path, connections, seconds, variant=variant)[0]
    after = cpu_seconds(pid)
    if before is None or after is None or rate <= 0:
        return rate, None
    return rate, (after - before) / (rate * seconds) * 1e6


def per_request_cost(
    servers: list[tuple[str, int, int, str]],
    connections: int,
    seconds: float,
    rounds: int,
    variants: Mapping[str, str] | None = None,
) -> dict[str, tuple[float, float | None]]:
    """Median req/s and CPU µs per request of each (label, pid, port, path), measured in turns; the
    requests of a label in `variants` vary as it says (see `load`), the others are repeated.

    Short runs taken in turns, medians kept: a machine's drift (other load, frequency changes) falls
    on every server alike instead of on whichever ran during it.
    """
    samples: dict[str, list[tuple[float, float | None]]] = {label: [] for label, *_ in servers}
    for _ in range(rounds):
        for label, pid, port, path in servers:
            variant = (variants or {}).get(label, REPEATED)
            samples[label].append(cost(pid, port, path, connections, seconds, variant=variant))
    medians: dict[str, tuple[float, float | None]] = {}
    for label, runs in samples.items():
        cpu = [c for _, c in runs if c is not None]
        medians[label] = (statistics.median(r for r, _ in runs), statistics.median(cpu) if cpu else None)
    return medians


def rss_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0])
    except (OSError, IndexError):
        return 0


# -- the run ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--soak", action="store_true", help="also run 60 s with 256 connections")
    parser.add_argument("--cost-seconds", type=float, default=3.0, help="length of each per-request-cost run")
    parser.add_argument("--cost-rounds", type=int, default=5, help="per-request-cost runs per server")
    args = parser.parse_args()
    api = OMNISTRATE_API

    def start_prism() -> tuple[subprocess.Popen[bytes], float, int]:
        port = free_port()
        process, ready = start(
            [str(prism_binary()), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)],
            f"http://127.0.0.1:{port}{api}/service",
        )
        return process, ready, port

    first, mock_first, _ = start_mock()
    stop(first)
    mock, mock_ready, mock_port = start_mock()
    first, prism_first, _ = start_prism()
    stop(first)
    prism, prism_ready, prism_port = start_prism()
    hello_port = free_port()
    hello_dir = Path(os.environ.get("TMPDIR", "/tmp")) / "bench_mock_hello"
    hello_dir.mkdir(exist_ok=True)
    (hello_dir / "hello_app.py").write_text(HELLO)
    hello_command = [sys.executable, str(hello_dir / "hello_app.py"), str(hello_port)]
    hello, _ = start(hello_command, f"http://127.0.0.1:{hello_port}/", PY_ENV)
    try:
        created = httpx.post(
            f"http://127.0.0.1:{mock_port}{api}/service",
            json={"name": "bench", "description": "bench"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        ).json()
        rows = []
        for label, mock_path, prism_path in [
            ("describe", f"{api}/service/{created}", f"{api}/service/s-12345678"),
            ("list", f"{api}/service", f"{api}/service"),
        ]:
            ours = load(mock_port, mock_path, args.connections, args.seconds)
            theirs = load(prism_port, prism_path, args.connections, args.seconds)
            rows.append((label, ours, theirs))
        bare = load(hello_port, "/", args.connections, args.seconds)
        print(
            f"\nmock server vs Prism 5, Omnistrate spec, "
            f"{args.connections} connections, {args.seconds:g} s each\n"
        )
        print(f"{'endpoint':<10} {'server':<12} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for label, ours, theirs in rows:
            for name, row in (("mockserver", ours), ("prism", theirs)):
                print(f"{label:<10} {name:<12} {row[0]:>10.0f} {row[1]:>8.2f} {row[2]:>8.2f} {row[3]:>7}")
            print(f"{'':<10} {'ratio':<12} {ours[0] / max(theirs[0], 1e-9):>9.1f}x")
        print(
            f"{'hello':<10} {'bare ASGI':<12} {bare[0]:>10.0f} {bare[1]:>8.2f} {bare[2]:>8.2f} {bare[3]:>7}"
        )
        # The mock replays the answer of a read while the state is unchanged (`mockserver.replay`),
        # to the same request and to one differing only in headers no answer reads (the "traced" rows:
        # each request with its own X-Request-Id). The "unique" rows give each request its own query
        # string, so every one runs the whole pipeline (routing, security, validation, behaviour,
        # shaping; the list's answer is rendered afresh too, its render cache being keyed by query).
        targets = []
        variants = {}
        for variant in VARIANTS:
            suffix = "" if variant == REPEATED else f", {variant}"
            for label, pid, port, path in (
                ("hello", hello.pid, hello_port, "/"),
                ("describe", mock.pid, mock_port, f"{api}/service/{created}"),
                ("list", mock.pid, mock_port, f"{api}/service"),
            ):
                targets.append((label + suffix, pid, port, path))
                variants[label + suffix] = variant
        costs = per_request_cost(targets, args.connections, args.cost_seconds, args.cost_rounds, variants)
        print(
            f"\nper-request cost vs the bare ASGI hello-world on the same server stack "
            f"(medians of {args.cost_rounds} runs of {args.cost_seconds:g} s in turns; target <= 1.6x):"
        )
        for label, rate_cpu in costs.items():
            variant = variants[label]
            hello_rate, hello_cpu = costs["hello" if variant == REPEATED else f"hello, {variant}"]
            rate, cpu = rate_cpu
            cpu_text = f"{cpu:7.1f} µs CPU/request" if cpu is not None else "  (no /proc: CPU not measured)"
            ratios = f"{hello_rate / max(rate, 1e-9):.2f}x by req/s"
            if cpu is not None and hello_cpu:
                ratios += f", {cpu / hello_cpu:.2f}x by CPU"
            print(f"  {label:<16} {rate:>9.0f} req/s {cpu_text}   {ratios}")
        print(
            f"time to ready: mockserver {mock_ready:.2f} s, prism {prism_ready:.2f} s, "
            f"ratio {mock_ready / prism_ready:.2f} (target <= 0.2); first starts: "
            f"mockserver {mock_first:.2f} s, prism {prism_first:.2f} s, ratio {mock_first / prism_first:.2f}"
        )
        if args.soak:
            before = rss_kb(mock.pid)
            rps, p50, p99, errors = load(mock_port, f"{api}/service/{created}", 256, 60)
            after = rss_kb(mock.pid)
            print(
                f"\nsoak: 60 s, 256 connections: {rps:.0f} req/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms, "
                f"{errors} errors, RSS {before} kB -> {after} kB"
            )
    finally:
        for process in (mock, prism, hello):
            stop(process)


if __name__ == "__main__":
    main()
