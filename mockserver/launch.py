"""What `serve` and `proxy` share once their app is built: the listening socket and the server loop."""

from __future__ import annotations

import contextlib
import socket
import sys
from typing import Any

import click

from .access_log import with_access_log
from .server import freeze_startup_heap, server_config

__all__ = ["listen", "run"]


def listen(host: str, port: int) -> tuple[socket.socket, str]:
    """A socket bound to `host:port` (0: a free port) and the base URL it answers at.

    Bound here rather than by uvicorn so that the URLs printed at start name the real port.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    bound = sock.getsockname()[1]
    return sock, f"http://{'[' + host + ']' if family == socket.AF_INET6 else host}:{bound}"


def run(
    app: Any, sock: socket.socket, *, log_level: str, log_format: str, quiet: bool, **config: Any
) -> None:
    """Serve `app` on `sock` until interrupted, with the access log unless `quiet` (or above info)."""
    import uvicorn  # noqa: PLC0415 - imported here: `mockserver token` should not pay for the server stack

    sys.stdout.flush()  # the start-up lines before uvicorn's own
    served = with_access_log(app, quiet=quiet)
    freeze_startup_heap()
    if log_format == "json":
        # uvicorn's own loggers go through the root handler (JSON) instead of its text config.
        config["log_config"] = None
    # uvicorn re-raises SIGINT after its graceful shutdown: nothing went wrong, so no "Aborted!".
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(server_config(served, log_level=log_level, **config)).run(sockets=[sock])
