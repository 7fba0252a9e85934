"""The HTTP protocol the CLI runs the app on: uvicorn's httptools protocol with a bound on request heads.

httptools (llhttp) buffers a request line and headers of any size before uvicorn sees them, so a
client sending megabytes of headers would grow the server's memory. This protocol counts the bytes
of each request head and answers 431 (and closes) past `HEAD_LIMIT`. The app's own checks
(`app.MAX_PATH_BYTES`, `app.MAX_HEADER_BYTES`) give the finer 414/431 answers below that bound.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from .head_limit import HEAD_LIMIT

if TYPE_CHECKING:
    import uvicorn

__all__ = ["HEAD_LIMIT", "freeze_startup_heap", "http_protocol", "server_config"]


def http_protocol() -> Any:
    """The protocol class for `uvicorn.Config(http=...)`, or "h11" (bounded by its own limit)."""
    try:
        from .bounded_http import BoundedHttpToolsProtocol  # noqa: PLC0415 - needs httptools
    except ImportError:  # httptools is not installed: h11 bounds heads itself
        return "h11"
    return BoundedHttpToolsProtocol


def server_config(app: Any, *, log_level: str = "info", **options: Any) -> uvicorn.Config:
    """The uvicorn configuration `mockserver serve` runs `app` with; `options` go to `uvicorn.Config`.

    The bench runs its bare ASGI hello-world on this too, so that both stand on the same server stack.
    """
    import uvicorn  # noqa: PLC0415 - `mockserver token` and the library users do not need the server

    return uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,  # `mockserver.access_log.AccessLog` logs each request, secrets redacted
        lifespan="on",
        http=http_protocol(),
        h11_max_incomplete_event_size=HEAD_LIMIT,
        # The mock reads neither the client address nor the scheme: uvicorn's X-Forwarded-* middleware
        # would only add a layer to every request.
        proxy_headers=False,
        **options,
    )


def freeze_startup_heap() -> None:
    """Move what start-up built (compiled specs, validators, caches: tens of thousands of objects that
    live as long as the server) out of the cycle collector's reach, so that its full collections,
    which records and kept answers trigger as they accumulate, scan only what requests made."""
    gc.collect()  # start-up's garbage first: frozen objects are never freed
    gc.freeze()
