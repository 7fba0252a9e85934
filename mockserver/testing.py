"""Start a real mock server process on a free port, for tests (and a pytest fixture around it)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from .security import DEFAULT_TOKEN

__all__ = [
    "CHROMIUM_ARGS",
    "ServerProcess",
    "ServerStartError",
    "admin_headers",
    "chromium_executable",
    "fill_journal",
    "free_port",
    "reset",
    "running_server",
    "start_server",
]


def admin_headers(token: str = DEFAULT_TOKEN) -> dict[str, str]:
    """The headers of a control API request (`/__mock/`): the admin token as a bearer token."""
    return {"Authorization": f"Bearer {token}"}


def reset(url: str, token: str = DEFAULT_TOKEN) -> None:
    """`POST /__mock/reset` on the mock at `url`: it forgets its state and its journal."""
    httpx.post(f"{url}/__mock/reset", headers=admin_headers(token)).raise_for_status()


class ServerStartError(RuntimeError):
    """The server process exited or never answered its health check."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    """A started `mockserver serve` child: its base URL and the process (to signal it in tests)."""

    url: str
    process: subprocess.Popen[bytes]
    command: list[str]

    def output(self) -> str:
        return self.process.stdout.read().decode("utf-8", "replace") if self.process.stdout else ""

    def stop(self, timeout: float = 10) -> int:
        """SIGTERM, then SIGKILL if it does not exit in time; the exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()
        return self.process.returncode


def start_server(
    specs: Sequence[str] = (),
    *,
    host: str = "127.0.0.1",
    args: Sequence[str] = (),
    startup_timeout: float = 30.0,
    command_name: str = "serve",
) -> ServerProcess:
    """Start `mockserver serve SPECS... ARGS...` (or `command_name`, such as `proxy`) on a free port and
    wait until it answers its health check."""
    port = free_port(host)
    command = [
        sys.executable,
        "-m",
        "mockserver",
        command_name,
        *specs,
        "--host",
        host,
        "--port",
        str(port),
        "--log-level",
        "warning",
        *args,
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=dict(os.environ)
    )
    server = ServerProcess(f"http://{host}:{port}", process, command)
    deadline = time.monotonic() + startup_timeout
    while True:
        if process.poll() is not None:
            raise ServerStartError(
                f"`{' '.join(command)}` exited with {process.returncode}:\n{server.output()}"
            )
        try:
            if httpx.get(f"{server.url}/__mock/health", timeout=1.0).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise ServerStartError(f"no answer from {server.url} within {startup_timeout} s")
        time.sleep(0.05)


@contextlib.contextmanager
def running_server(
    specs: Sequence[str] = (),
    *,
    host: str = "127.0.0.1",
    args: Sequence[str] = (),
    startup_timeout: float = 30.0,
    command_name: str = "serve",
) -> Iterator[str]:
    """Run `mockserver serve SPECS... ARGS...` (or `command_name`) in a child process; yield its base
    URL, then stop it."""
    server = start_server(
        specs, host=host, args=args, startup_timeout=startup_timeout, command_name=command_name
    )
    try:
        yield server.url
    finally:
        server.stop()


# Headless Chromium for the inspector's browser tests and benchmark: no GPU, no sandbox (root in
# containers), and nothing in the background that would make a page's timing noisy.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium_executable() -> str | None:
    """The system's Chromium (`$CHROMIUM`, Debian's `/usr/bin/chromium`, or `chromium` on PATH), or
    None: Playwright drives it through `executable_path` and never downloads a browser."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def fill_journal(url: str, entries: int, token: str = DEFAULT_TOKEN) -> None:
    """Send `entries` PDS reads (every tenth a list) to the mock at `url`, so its journal and the
    inspector page hold that many entries."""
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client:
        for number in range(entries):
            client.get(f"/pds/api/accounts/{number}" if number % 10 else "/pds/api/accounts")
