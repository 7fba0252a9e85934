"""The server stamps each request with the moment its first bytes were read (`store.ARRIVED`), which
lets a shared store answer requests that arrived together from one database round trip."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import uvicorn

from mockserver.server import server_config
from mockserver.store import ARRIVED
from mockserver.testing import free_port


def test_each_request_carries_the_moment_it_arrived() -> None:
    seen: list[tuple[int | None, int]] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        seen.append((scope["state"].get(ARRIVED), time.monotonic_ns()))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    port = free_port()
    server = uvicorn.Server(server_config(app, log_level="error", port=port))
    thread = threading.Thread(target=server.run)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.01)
        before = time.monotonic_ns()
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:  # one connection, kept alive
            assert client.get("/").status_code == 204
            between = time.monotonic_ns()
            assert client.get("/").status_code == 204
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    (first, served_first), (second, served_second) = seen
    assert first is not None
    assert second is not None
    assert before < first <= served_first < between < second <= served_second
