"""Watch streams: newline-delimited `WatchEvent` JSON, one line per change, until the timeout."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncGenerator, Callable
from typing import Any

import orjson

from ...store import StoreUnavailableError, VersionConflictError
from .selectors import Selector
from .statuses import failure
from .store import API_VERSION, ProjectStore

__all__ = ["POLL_SECONDS", "WatchLimits", "watch_events"]

# How often a stream looks for new events; the store is in memory, so polling is cheap and works
# whichever event loop or thread the writes come from.
POLL_SECONDS = 0.05


@dataclasses.dataclass(frozen=True)
class WatchLimits:
    """How long watches last. Kubernetes honours any `timeoutSeconds`; the mock caps it so a client
    that asks for none (or hours) is not held forever, and re-watches as it would after any timeout."""

    default: float = 2.0
    maximum: float = 2.0

    @classmethod
    def up_to(cls, maximum: float) -> WatchLimits:
        """Watches of at most `maximum` seconds (`MockOptions.datum_max_watch_seconds`)."""
        return cls(default=min(cls.default, maximum), maximum=maximum)

    def seconds(self, requested: int | None) -> float:
        return min(float(requested), self.maximum) if requested else self.default


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
    refresh: Callable[[], None] = lambda: None,
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
        try:
            refresh()  # take in what other processes wrote; may reconcile (write) too
            events = store.events_after(last)
        except VersionConflictError:
            events = []  # another process wrote first: the next poll takes it in
        except StoreUnavailableError:
            break  # the database is down: end the watch, as a timeout does; the client re-watches
        for event in events:
            last = event.resource_version
            if selector.matches(event.object):
                yield _line(event.type, event.object)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        await asyncio.sleep(min(POLL_SECONDS, remaining))
    if bookmarks:
        yield _bookmark(max(last, store.revision))
