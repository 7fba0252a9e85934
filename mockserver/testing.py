"""Start a real mock server process on a free port, for tests (and a pytest fixture around it)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence

import httpx

__all__ = ["ServerStartError", "free_port", "running_server"]


class ServerStartError(RuntimeError):
    """The server process exited or never answered its health check."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_server(
    specs: Sequence[str] = (),
    *,
    host: str = "127.0.0.1",
    args: Sequence[str] = (),
    startup_timeout: float = 30.0,
) -> Iterator[str]:
    """Run `mockserver serve SPECS... ARGS...` in a child process; yield its base URL, then stop it."""
    port = free_port(host)
    command = [
        sys.executable,
        "-m",
        "mockserver",
        "serve",
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
    base_url = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if process.poll() is not None:
                output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
                raise ServerStartError(f"`{' '.join(command)}` exited with {process.returncode}:\n{output}")
            try:
                if httpx.get(f"{base_url}/__mock/health", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise ServerStartError(f"no answer from {base_url} within {startup_timeout} s")
            time.sleep(0.05)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()
