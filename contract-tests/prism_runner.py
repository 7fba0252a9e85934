"""Stoplight Prism as a second, independent target: find it, run one process per spec, stop it.

Prism is installed by nox (`npm install --prefix .cache/prism @stoplight/prism-cli@5`); the
`PRISM` environment variable names another executable. Each spec gets its own Prism process on a
free port, is polled until it answers, and is stopped by its PID.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from mockserver.testing import free_port

ROOT = Path(__file__).resolve().parent.parent
INSTALL_HINT = (
    "install it with `npm install --prefix .cache/prism @stoplight/prism-cli@5` "
    "(or run `nox -s prism`), or point PRISM at a prism executable"
)
# Prism's pretty log lines: `[9:34:21 PM] > [CLI] (i)  info      GET  http://...` (with Unicode
# symbols for `>` and `(i)`); the level is the word after the symbol. Start-up prints `awaiting`,
# `info` (one line per operation) and `start`.
_LEVEL = re.compile(r"\[(?:CLI|HTTP SERVER|NEGOTIATOR|VALIDATOR)[^\]]*\]\s+\S+\s+(\w+)")
_STARTUP_LEVELS = frozenset({"awaiting", "info", "start"})
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class PrismError(RuntimeError):
    """Prism is missing, exited, or never started listening."""


def executable() -> Path:
    """The prism executable: $PRISM, else the one nox installs under .cache/prism."""
    configured = os.environ.get("PRISM")
    path = Path(configured) if configured else ROOT / ".cache/prism/node_modules/.bin/prism"
    if not path.is_file():
        raise PrismError(f"Prism not found at {path}: {INSTALL_HINT}")
    return path


@dataclass
class PrismProcess:
    """One running `prism mock SPEC`: its URL, its PID and every line it printed so far."""

    url: str
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.process.pid

    def startup_problems(self) -> list[str]:
        """Lines Prism printed while loading the spec that are not plain progress (warnings, errors)."""
        problems = []
        for line in self.lines:
            if "Prism is listening" in line:
                break
            match = _LEVEL.search(line)
            if line.strip() and (match is None or match.group(1) not in _STARTUP_LEVELS):
                problems.append(line)
        return problems


def _pump(stream: Iterator[str], sink: list[str]) -> None:
    for line in stream:
        sink.append(_ANSI.sub("", line.rstrip("\n")))


@contextlib.contextmanager
def running_prism(
    spec: Path, *, dynamic: bool = False, seed: int | None = None, startup_timeout: float = 60.0
) -> Iterator[PrismProcess]:
    """Run `prism mock SPEC` (with `-d` when dynamic) on a free port until the block ends."""
    host = "127.0.0.1"
    port = free_port(host)
    command = [str(executable()), "mock", str(spec), "--host", host, "--port", str(port)]
    if dynamic:
        command.append("--dynamic")
    if seed is not None:
        command += ["--seed", str(seed)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
    )
    prism = PrismProcess(url=f"http://{host}:{port}", process=process)
    assert process.stdout is not None
    reader = threading.Thread(target=_pump, args=(process.stdout, prism.lines), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not any("Prism is listening" in line for line in prism.lines):
            if process.poll() is not None:
                reader.join(timeout=5)
                output = "\n".join(prism.lines)
                raise PrismError(f"`{' '.join(command)}` exited with {process.returncode}:\n{output}")
            if time.monotonic() > deadline:
                raise PrismError(f"Prism did not start on {spec} within {startup_timeout} s")
            time.sleep(0.1)
        # Listening is announced just before the socket accepts; poll until it answers anything.
        while True:
            try:
                httpx.request("OPTIONS", f"{prism.url}/", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise PrismError(f"no answer from Prism at {prism.url}") from None
                time.sleep(0.1)
        yield prism
    finally:
        process.terminate()  # by PID: Popen signals exactly the process it started
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        reader.join(timeout=5)
        process.stdout.close()
