"""A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` in a temporary directory, the
server on a free port, gone when stopped.

PostgreSQL refuses to run as root, and CI runs as root: then every server command runs as the
unprivileged `nobody` (through `setpriv`, or `runuser`), in a directory made for it under /tmp. The
binaries come from PATH, else from Debian's /usr/lib/postgresql/<version>/bin (the newest there).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from .testing import free_port

__all__ = ["PostgresCluster", "PostgresNotFoundError", "find_bin_dir", "throwaway_cluster"]

_UNPRIVILEGED = "nobody"
_USER = "mock"  # the cluster's superuser; trust authentication on 127.0.0.1 only


class PostgresNotFoundError(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_bin_dir() -> Path:
    """The directory holding `initdb`, `pg_ctl` and `postgres`."""
    found = shutil.which("initdb")
    if found is not None:
        return Path(found).parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not candidates:
        raise PostgresNotFoundError(
            "PostgreSQL server binaries (initdb, pg_ctl) are neither on PATH nor under "
            "/usr/lib/postgresql/*/bin: install them (Debian: apt-get install postgresql)"
        )
    return candidates[-1].parent


def _as_unprivileged() -> list[str]:
    """The command prefix that drops root to `nobody`; nothing when not root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is not None:
        return [setpriv, "--reuid", _UNPRIVILEGED, "--regid", "nogroup", "--clear-groups", "--"]
    runuser = shutil.which("runuser")
    if runuser is not None:
        return [runuser, "-u", _UNPRIVILEGED, "--"]
    raise PostgresNotFoundError("running as root without setpriv or runuser: cannot start PostgreSQL")


@dataclass
class PostgresCluster:
    """A running throwaway cluster; `url()` names a database on it."""

    bin_dir: Path
    directory: Path
    port: int
    _databases: int = field(default=0, repr=False)

    @property
    def data(self) -> Path:
        return self.directory / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{_USER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        command = [*_as_unprivileged(), *args]
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.directory)
        if result.returncode != 0:
            log = self.directory / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed:\n{result.stdout}{result.stderr}{tail}")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c max_connections=200"
        pg_ctl = str(self.bin_dir / "pg_ctl")
        self._run(
            pg_ctl,
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.directory / "server.log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        """Stop the server (fast: open connections are cut, as when a database goes down)."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def new_database(self) -> str:
        """The URL of a new, empty database on the cluster."""
        self._databases += 1
        name = f"mock{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")  # a name we made
        return self.url(name)


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[PostgresCluster]:
    """Start a new cluster (about a second), yield it, stop it and delete its files."""
    bin_dir = find_bin_dir()
    directory = Path(tempfile.mkdtemp(prefix="mock-pg-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(directory, _UNPRIVILEGED, "nogroup")
        cluster = PostgresCluster(bin_dir, directory, free_port())
        # --no-sync: a throwaway cluster need not survive a power cut; the server itself still fsyncs.
        cluster._run(
            str(bin_dir / "initdb"), "-D", str(cluster.data), "-U", _USER, "--auth=trust", "-E", "UTF8",
            "--no-sync", "--no-instructions",
        )  # fmt: skip
        cluster.start()
        try:
            yield cluster
        finally:
            with contextlib.suppress(RuntimeError):
                cluster.stop()
    finally:
        shutil.rmtree(directory, ignore_errors=True)
