"""`mockserver serve --workers N`: N worker processes on one socket, under uvicorn's supervisor.

The parent checks the command line, builds the app once (so a bad spec or seed fails before any
worker starts, and the seed is stored once in the shared store), then hands the listening socket to
the supervisor, which starts each worker and restarts one that dies. A worker builds its own app
from what the parent put in the environment (`MOCKSERVER_WORKER_CONFIG`): spawned processes inherit
the environment, not the parent's objects. Every worker keeps its own journal; the state is shared.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import socket
from typing import Any

import orjson

from .access_log import configure_logging, with_access_log
from .app import create_app
from .options import MockOptions
from .server import freeze_startup_heap, server_config

__all__ = ["serve_workers", "worker_app"]

_ENV = "MOCKSERVER_WORKER_CONFIG"


def serve_workers(
    sock: socket.socket,
    workers: int,
    *,
    specs: tuple[str, ...],
    options: MockOptions,
    mount: bool | None,
    log_level: str,
    log_format: str,
    quiet: bool,
) -> None:
    """Run `workers` processes serving on `sock` until SIGINT or SIGTERM."""
    from uvicorn import Server  # noqa: PLC0415 - the server stack only when serving
    from uvicorn.supervisors import Multiprocess  # noqa: PLC0415

    os.environ[_ENV] = orjson.dumps(
        {
            "specs": list(specs),
            "options": dataclasses.asdict(options),
            "mount": mount,
            "log_level": log_level,
            "log_format": log_format,
            "quiet": quiet,
        }
    ).decode()
    extra = {"log_config": None} if log_format == "json" else {}
    config = server_config(
        f"{__name__}:worker_app", log_level=log_level, factory=True, workers=workers, **extra
    )
    # Older uvicorns take the workers' target; newer ones build each worker's server themselves.
    takes_target = "target" in inspect.signature(Multiprocess).parameters
    extra_target: dict[str, Any] = {"target": Server(config).run} if takes_target else {}
    Multiprocess(config, sockets=[sock], **extra_target).run()


def worker_app() -> Any:
    """The ASGI app of one worker (uvicorn calls it in each worker process)."""
    settings = orjson.loads(os.environ[_ENV])
    configure_logging(settings["log_level"], settings["log_format"], access=not settings["quiet"])
    fields: dict[str, Any] = {
        name: tuple(value) if isinstance(value, list) else value
        for name, value in settings["options"].items()
    }
    app = create_app(settings["specs"] or None, MockOptions(**fields), mount=settings["mount"])
    freeze_startup_heap()
    return with_access_log(app, quiet=settings["quiet"])
