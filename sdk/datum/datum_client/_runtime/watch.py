"""Kubernetes watches as typed event iterators, sync and async.

A watch is a list request with `watch=true` whose answer is newline-delimited `WatchEvent`s read as
they arrive. `sync_watch`/`async_watch` send it (never retried: a broken watch resumes from the last
event's resource version instead) and wrap the response in `Watch`/`AsyncWatch`, which yield
`Event`s whose `object` is the typed model (`from_dict`) and close the connection when the loop ends.
"""

# The watch builds on the client's request preparation and streaming, private to the package.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from .calls import UseClientDefault
from .errors import ApiError

if TYPE_CHECKING:
    from .client import AsyncApiClient, SyncApiClient, Timeout

__all__ = [
    "AsyncEventStream",
    "AsyncWatch",
    "Event",
    "EventStream",
    "Watch",
    "WatchError",
    "async_watch",
    "sync_watch",
    "watch_params",
]

T = TypeVar("T")
E = TypeVar("E")
# A quiet watch is not a dead one: no read timeout, the usual connect timeout.
_WATCH_TIMEOUT = httpx.Timeout(30.0, connect=5.0, read=None)
_EVENT_TYPES = frozenset({"ADDED", "MODIFIED", "DELETED", "BOOKMARK", "ERROR"})


class WatchError(ApiError):
    """A watch stream carried a line that is not a watch event."""


@dataclass(frozen=True)
class Event(Generic[T]):
    """One watch event: `type` (`ADDED`, `MODIFIED`, `DELETED`, `BOOKMARK`, `ERROR`), the typed
    `object` for the first three, the raw `Status` mapping as `error` for `ERROR`, and for every
    event the resource version to resume a watch from."""

    type: str
    resource_version: str
    object: T | None = None
    error: Mapping[str, Any] | None = None


def _event(text: str, parse: Callable[[dict[str, Any]], T]) -> Event[T] | None:
    if not text.strip():
        return None
    try:
        data = json.loads(text)
        kind = str(data["type"])
        obj: dict[str, Any] = data.get("object") or {}
    except (ValueError, KeyError, TypeError) as exc:
        raise WatchError(f"not a watch event: {text[:200]!r}") from exc
    if kind not in _EVENT_TYPES:
        raise WatchError(f"not a watch event type: {kind!r}")
    metadata: dict[str, Any] = obj.get("metadata") or {}
    version = str(metadata.get("resourceVersion", ""))
    if kind == "ERROR":
        return Event(kind, version, error=obj)
    if kind == "BOOKMARK":
        return Event(kind, version)
    return Event(kind, version, object=parse(obj))


def watch_params(
    *,
    label_selector: str | None,
    field_selector: str | None,
    resource_version: str | None,
    timeout_seconds: int | None,
    allow_watch_bookmarks: bool,
    send_initial_events: bool,
) -> dict[str, Any]:
    """The query of a watch, without what is unset."""
    optional = {
        "labelSelector": label_selector,
        "fieldSelector": field_selector,
        "resourceVersion": resource_version,
        "timeoutSeconds": timeout_seconds,
        "allowWatchBookmarks": "true" if allow_watch_bookmarks else None,
        "sendInitialEvents": "true" if send_initial_events else None,
    }
    return {"watch": "true", **{k: v for k, v in optional.items() if v is not None}}


def _prepare(
    client: SyncApiClient | AsyncApiClient,
    kwargs: dict[str, Any],
    params: Mapping[str, Any],
    extra_headers: Mapping[str, str] | None,
    timeout: Timeout | UseClientDefault,
) -> dict[str, Any]:
    kwargs["params"] = {**kwargs.get("params", {}), **params}
    headers = {"Accept": "application/x-ndjson, application/json", **(extra_headers or {})}
    chosen = _WATCH_TIMEOUT if isinstance(timeout, UseClientDefault) else timeout
    return client._prepare(kwargs, headers, None, None, chosen, None)


class EventStream(Generic[E]):
    """Events read from a newline-delimited stream as they arrive: iterate it (`for event in
    stream`), and it closes its connection when the loop ends, breaks or raises; `close()` or a
    `with` block close it early. Subclasses say how a line becomes an event (`_decode`)."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._lines = response.iter_lines()

    def _decode(self, line: str) -> E | None:  # None: a blank keep-alive line
        raise NotImplementedError

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> E:
        try:
            for line in self._lines:
                event = self._decode(line)
                if event is not None:
                    return event
        except BaseException:
            self.close()
            raise
        self.close()
        raise StopIteration

    def close(self) -> None:
        self.response.close()

    def __del__(self) -> None:
        # A loop that breaks drops the stream: its connection closes here, in the caller's thread.
        # Left to the garbage collector, the close could run while httpcore holds its pool's lock
        # (the collector runs at any allocation), and closing takes that lock: a deadlock. So the
        # stream holds no reference cycle (no generator of its own), and the refcount drop closes it.
        with contextlib.suppress(Exception):  # at interpreter exit, httpx may be half torn down
            self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncEventStream(Generic[E]):
    """`EventStream` for async clients: `async for event in stream` (the request is sent when the
    first event is asked for), `await stream.aclose()` or `async with` to end it early."""

    def __init__(self, open_: Callable[[], Awaitable[httpx.Response]]) -> None:
        self._open = open_
        self.response: httpx.Response | None = None
        self._events = self._read()

    def _decode(self, line: str) -> E | None:
        raise NotImplementedError

    async def _read(self) -> AsyncGenerator[E, None]:
        self.response = await self._open()
        try:
            async for line in self.response.aiter_lines():
                event = self._decode(line)
                if event is not None:
                    yield event
        finally:
            await self.response.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> E:
        return await self._events.__anext__()

    async def aclose(self) -> None:
        await self._events.aclose()
        if self.response is not None:
            await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


class Watch(EventStream[Event[T]]):
    """A Kubernetes watch: `Event`s whose `object` is the typed model."""

    def __init__(self, response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> None:
        super().__init__(response)
        self._parse = parse

    def _decode(self, line: str) -> Event[T] | None:
        return _event(line, self._parse)


class AsyncWatch(AsyncEventStream[Event[T]]):
    """`Watch` for async clients."""

    def __init__(
        self, open_: Callable[[], Awaitable[httpx.Response]], parse: Callable[[dict[str, Any]], T]
    ) -> None:
        self._parse = parse
        super().__init__(open_)

    def _decode(self, line: str) -> Event[T] | None:
        return _event(line, self._parse)


def sync_watch(  # noqa: PLR0917 - called by generated resources only
    client: SyncApiClient,
    kwargs: dict[str, Any],
    parse_response: Callable[..., Any],
    parse: Callable[[dict[str, Any]], T],
    params: Mapping[str, Any],
    extra_headers: Mapping[str, str] | None,
    timeout: Timeout | UseClientDefault,
) -> Watch[T]:
    """Open a watch; errors raise as other calls' do (`ApiStatusError` subclasses), before any event."""
    request = _prepare(client, kwargs, params, extra_headers, timeout)
    return Watch(client._stream(request, parse_response), parse)


def async_watch(  # noqa: PLR0917 - called by generated resources only
    client: AsyncApiClient,
    kwargs: dict[str, Any],
    parse_response: Callable[..., Any],
    parse: Callable[[dict[str, Any]], T],
    params: Mapping[str, Any],
    extra_headers: Mapping[str, str] | None,
    timeout: Timeout | UseClientDefault,
) -> AsyncWatch[T]:
    """`sync_watch` for async clients: the request is sent when the first event is asked for."""
    request = _prepare(client, kwargs, params, extra_headers, timeout)
    return AsyncWatch(lambda: client._stream(request, parse_response), parse)
