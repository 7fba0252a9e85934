"""Run the fenced `console` and `python` blocks of a Markdown document, in order, against a fresh mock.

The conventions (what runs, what is compared, what is replaced) are in `test_executable_docs.py`'s
docstring; this module is the mechanism. `run_document(path, mock_url)` runs one document and
returns its `Report`, or raises `DocBlockError` naming the document, the block's line and what went wrong.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import glob
import inspect
import os
import re
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from mockserver.testing import free_port

__all__ = ["DEFAULT_URL", "Block", "DocBlockError", "Report", "blocks", "run_document"]

ROOT = Path(__file__).resolve().parents[2]
# The address `mockserver serve` prints by default: the one text the runner replaces, everywhere.
DEFAULT_URL = "http://127.0.0.1:4010"
COMMAND_TIMEOUT = 120.0
SERVER_START_TIMEOUT = 60.0

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")
_NOT_RUN = re.compile(r"^<!--\s*not-run:(?P<reason>.*?)-->\s*$")
_PIP_INSTALL = re.compile(r"^(?:python3? -m )?pip3? install\b")
_SERVE = re.compile(r"^mockserver serve\b")
_COMMENT = re.compile(r"\s+#.*$")
_SHELL_SYNTAX = re.compile(r"[;|&<>$`]")  # `mockserver serve x 2>&1; echo $?` is an ordinary command


class DocBlockError(AssertionError):
    """A block that did not run as written: `document:line: what happened`."""


@dataclass(frozen=True)
class Block:
    language: str  # "console" or "python"
    line: int  # the 1-based line of the opening fence
    text: str
    not_run: str | None = None  # the reason given in `<!-- not-run: reason -->`, if any


@dataclass
class Report:
    document: str
    run: list[Block] = field(default_factory=list)
    not_run: list[Block] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        reasons = "; ".join(f"line {b.line}: {b.not_run}" for b in self.not_run)
        skipped = f", {len(self.not_run)} not run ({reasons})" if self.not_run else ""
        run = f"{len(self.run)} block{'s' if len(self.run) != 1 else ''} run"
        return f"{self.document}: {run}{skipped} in {self.seconds:.1f} s"


def blocks(text: str) -> list[Block]:
    """The `console` and `python` blocks of a Markdown text, in order, with their not-run markers."""
    lines = text.splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence = opening["fence"]
        language = opening["info"].strip().split(" ")[0].lower() if opening["info"].strip() else ""
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        if language in ("console", "python"):
            marker = _NOT_RUN.match(lines[index - 1].strip()) if index > 0 else None
            reason = None
            if marker is not None:
                reason = marker["reason"].strip()
                if not reason:
                    raise DocBlockError(f"line {index + 1}: `<!-- not-run: -->` needs a reason")
            found.append(Block(language, index + 1, "\n".join(lines[index + 1 : end]) + "\n", reason))
        index = end + 1
    return found


class _Session:
    """One document's run: a Python namespace shared by its python blocks, the mock URL, servers."""

    def __init__(self, document: Path, mock_url: str, root: Path) -> None:
        self.document = document
        self.mock_url = mock_url
        self.root = root
        self.namespace: dict[str, object] = {"__name__": "__readme__"}
        bin_dir = str(Path(sys.executable).parent)
        self.env = {
            **os.environ,
            "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
            "NO_COLOR": "1",
            "PYTHONUNBUFFERED": "1",
        }

    def fail(self, block: Block, message: str) -> DocBlockError:
        return DocBlockError(f"{self.document.name}:{block.line}: {message}")

    def substitute(self, text: str) -> str:
        return text.replace(DEFAULT_URL, self.mock_url)

    # python blocks --------------------------------------------------------------------------------

    def run_python(self, block: Block) -> None:
        # Padded with blank lines, so tracebacks point at the document's own line numbers.
        source = "\n" * block.line + self.substitute(block.text)
        try:
            code = compile(
                source, str(self.document), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True
            )
            with contextlib.chdir(self.root):
                if code.co_flags & inspect.CO_COROUTINE:  # top-level await: run it in an event loop
                    asyncio.run(eval(code, self.namespace))
                else:
                    exec(code, self.namespace)
        except Exception as exc:
            raise self.fail(block, f"python block raised {type(exc).__name__}: {exc}") from exc

    # console blocks -------------------------------------------------------------------------------

    def run_console(self, block: Block) -> None:
        lines = self.substitute(block.text).splitlines()
        servers: list[subprocess.Popen[bytes]] = []
        try:
            if any(line.startswith("$ ") for line in lines):
                self._transcript(block, lines, servers)
            else:
                for line in lines:
                    if line.strip() and not line.lstrip().startswith("#"):
                        self._command(block, line, servers)
        finally:
            for server in servers:
                server.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    server.wait(timeout=10)
                if server.poll() is None:
                    server.kill()
                    server.wait()

    def _transcript(self, block: Block, lines: list[str], servers: list[subprocess.Popen[bytes]]) -> None:
        """`$ command` lines, each followed by the output it must print exactly."""
        steps: list[tuple[str, list[str]]] = []
        for line in lines:
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
            elif line.strip():
                raise self.fail(block, f"output before the first `$ ` command: {line!r}")
        for command, expected in steps:
            output = self._command(block, command, servers)
            got = [line.rstrip() for line in output.rstrip("\n").splitlines()]
            want = [line.rstrip() for line in "\n".join(expected).rstrip("\n").splitlines()]
            if got != want:
                raise self.fail(
                    block,
                    f"`{command}` printed:\n" + "\n".join(got) + "\nthe document says:\n" + "\n".join(want),
                )

    def _command(self, block: Block, line: str, servers: list[subprocess.Popen[bytes]]) -> str:
        """Run one command line (` && ` chains step by step); its standard output."""
        output = []
        for part in line.split(" && "):
            command = part.strip()
            if _PIP_INSTALL.match(command):
                self._check_install(block, command)
            elif _SERVE.match(command) and not _SHELL_SYNTAX.search(_COMMENT.sub("", command)):
                servers.append(self._serve(block, command))
            else:
                output.append(self._shell(block, command))
        return "".join(output)

    def _check_install(self, block: Block, command: str) -> None:
        """Not run (the test environment has it installed): every local path it names must exist."""
        words = shlex.split(command, comments=True)
        for word in words[words.index("install") + 1 :]:
            if word.startswith("-"):
                continue
            target = word.split("[", 1)[0]  # ".[test]" -> "."
            if target.startswith((".", "/")) and not glob.glob(target, root_dir=self.root):
                raise self.fail(block, f"`{command}` names {target!r}, which does not exist")

    def _serve(self, block: Block, command: str) -> subprocess.Popen[bytes]:
        """Start the documented `mockserver serve ...` on a free port; it must answer its health check."""
        port = free_port()
        words = shlex.split(command, comments=True)
        argv = [sys.executable, "-m", "mockserver", *words[1:], "--port", str(port), "--log-level", "warning"]
        process = subprocess.Popen(
            argv, cwd=self.root, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while time.monotonic() < deadline:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                raise self.fail(block, f"`{command}` exited with {process.returncode}:\n{output}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"http://127.0.0.1:{port}/__mock/health", timeout=1).status_code == 200:
                    return process
            time.sleep(0.05)
        process.kill()
        process.wait()
        raise self.fail(block, f"`{command}` did not answer within {SERVER_START_TIMEOUT} s")

    def _shell(self, block: Block, command: str) -> str:
        try:
            result = subprocess.run(
                ["bash", "-o", "pipefail", "-c", command],
                cwd=self.root,
                env=self.env,
                capture_output=True,
                timeout=COMMAND_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise self.fail(block, f"`{command}` ran longer than {COMMAND_TIMEOUT} s") from exc
        if result.returncode != 0:
            output = result.stdout.decode() + result.stderr.decode()
            raise self.fail(block, f"`{command}` exited with {result.returncode}:\n{output}")
        return result.stdout.decode()


def run_document(document: Path, mock_url: str, *, root: Path = ROOT) -> Report:
    """Run every runnable block of `document` in order; commands run in `root`."""
    started = time.perf_counter()
    report = Report(document.relative_to(root).as_posix() if document.is_relative_to(root) else document.name)
    session = _Session(document, mock_url, root)
    for block in blocks(document.read_text(encoding="utf-8")):
        if block.not_run is not None:
            report.not_run.append(block)
            continue
        if block.language == "python":
            session.run_python(block)
        else:
            session.run_console(block)
        report.run.append(block)
    report.seconds = time.perf_counter() - started
    return report
