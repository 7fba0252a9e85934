"""Watch streams: newline-delimited `WatchEvent` JSON, one line per change, until the timeout."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator
from typing import Any

import orjson

from .selectors import Selector
from .statuses import failure
from .store import API_VERSION, ProjectStore

__all__ = ["POLL_SECONDS", "watch_events"]

# How often a stream looks for new events; the store is in memory, so polling is cheap and works
# whichever event loop or thread the writes come from.
POLL_SECONDS = 0.05


def _line(kind: str, obj: dict[str, Any]) -> bytes:
    return orjson.dumps({"type": kind, "object": obj}) + b"\n"


def _bookmark(revision: int, annotations: dict[str, str] | None = None) -> bytes:
    metadata: dict[str, Any] = {"resourceVersion": str(revision)}
    if annotations:
        metadata["annotations"] = annotations
    return _line("BOOKMARK", {"apiVersion": API_VERSION, "kind": "Project", "metadata": metadata})


async def watch_events(
    store: ProjectStore,
    selector: Selector,
    start: int,
    seconds: float,
    *,
    initial_events: bool = False,
    bookmarks: bool = False,
) -> AsyncGenerator[bytes, None]:
    """Events after revision `start` that `selector` matches, for `seconds`."""
    deadline = time.monotonic() + seconds
    if start < store.compacted:
        message = f"too old resource version: {start} ({store.compacted + 1})"
        yield _line("ERROR", failure(410, "Expired", message))
        return
    last = start
    if initial_events:
        for project in store.snapshot(start):
            if selector.matches(project):
                yield _line("ADDED", project)
        yield _bookmark(start, {"k8s.io/initial-events-end": "true"})
    while True:
        for event in store.events_after(last):
            last = event.resource_version
            if selector.matches(event.object):
                yield _line(event.type, event.object)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        await asyncio.sleep(min(POLL_SECONDS, remaining))
    if bookmarks:
        yield _bookmark(max(last, store.revision))
