"""Raw and streamed answers of namespaced calls, and the wrappers that ask for them.

`client.with_raw_response.services.describe(id)` is `services.describe` wrapped by `raw`: the same
arguments (typed by ParamSpec), the answer as a `RawResponse[Service]` instead of a `Service`. The
wrappers set `RESPONSE_MODE` around the one call, so resource methods exist once.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

__all__ = [
    "RESPONSE_MODE",
    "AsyncStreamedResponse",
    "RawResponse",
    "StreamedResponse",
    "async_raw",
    "async_streamed",
    "raw",
    "streamed",
]

P = ParamSpec("P")
R = TypeVar("R")

# How the call under way answers: parsed (""), as a `RawResponse` ("raw") or streamed ("stream").
RESPONSE_MODE: ContextVar[str] = ContextVar("sdk_response_mode", default="")


class RawResponse(Generic[R]):
    """An answer as it came (status, headers, body) with `parse()` for the typed value."""

    def __init__(self, response: httpx.Response, parse: Callable[[], Any]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> R:
        """The typed value a plain call returns (parsed once; error statuses raise as they do)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.url}>"


class StreamedResponse(RawResponse[R]):
    """An answer whose body is read as it arrives: `iter_bytes()`, `iter_lines()`, or `parse()` to read
    all of it. Close it (the `with` block of `with_streaming_response` does)."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        return self.http_response.read()

    def parse(self) -> R:
        self.http_response.read()
        return super().parse()

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(RawResponse[R]):
    """`StreamedResponse` for async clients: `aiter_bytes()`, `aiter_lines()`, `await parse()`."""

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def parse(self) -> R:  # type: ignore[override]  # awaited here, unlike the sync parse
        await self.http_response.aread()
        return super().parse()

    async def close(self) -> None:
        await self.http_response.aclose()


def _in_mode(mode: str, call: Callable[[], R]) -> R:
    token = RESPONSE_MODE.set(mode)
    try:
        return call()
    finally:
        RESPONSE_MODE.reset(token)


def raw(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method`, answering with a `RawResponse` of what it returns."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        answer: Any = _in_mode("raw", lambda: method(*args, **kwargs))
        return answer  # type: ignore[no-any-return]

    return wrapped


def async_raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """`raw` for async methods (and for async list methods, whose pagers are awaitable)."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RESPONSE_MODE.set("raw")
        try:
            answer: Any = await method(*args, **kwargs)
        finally:
            RESPONSE_MODE.reset(token)
        return answer  # type: ignore[no-any-return]

    return wrapped


class _Streaming(AbstractContextManager[StreamedResponse[R]]):
    def __init__(self, call: Callable[[], Any]) -> None:
        self._call = call
        self._response: StreamedResponse[R] | None = None

    def __enter__(self) -> StreamedResponse[R]:
        response: StreamedResponse[R] = _in_mode("stream", self._call)
        self._response = response
        return response

    def __exit__(self, *args: object) -> None:
        if self._response is not None:
            self._response.close()


class _AsyncStreaming(AbstractAsyncContextManager[AsyncStreamedResponse[R]]):
    def __init__(self, call: Callable[[], Awaitable[Any]]) -> None:
        self._call = call
        self._response: AsyncStreamedResponse[R] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[R]:
        token = RESPONSE_MODE.set("stream")
        try:
            response: AsyncStreamedResponse[R] = await self._call()
        finally:
            RESPONSE_MODE.reset(token)
        self._response = response
        return response

    async def __aexit__(self, *args: object) -> None:
        if self._response is not None:
            await self._response.close()


def streamed(method: Callable[P, R]) -> Callable[P, AbstractContextManager[StreamedResponse[R]]]:
    """`method`, answering with a context manager around a `StreamedResponse` (sent on entry)."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AbstractContextManager[StreamedResponse[R]]:
        return _Streaming[R](lambda: method(*args, **kwargs))

    return wrapped


def async_streamed(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[AsyncStreamedResponse[R]]]:
    """`streamed` for async methods: `async with client.with_streaming_response.x.y() as response:`."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AbstractAsyncContextManager[AsyncStreamedResponse[R]]:
        return _AsyncStreaming[R](lambda: method(*args, **kwargs))

    return wrapped
