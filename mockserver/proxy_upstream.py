"""The validating proxy's HTTP/1.1 client for its one upstream (`proxy.py`): keep-alive connections
over asyncio (TLS for https://), answers parsed by httptools (llhttp, the parser `mockserver serve`
reads requests with).

Why not httpx: its transport (httpcore over anyio) spent about half a millisecond of CPU per request
in locks, cancel scopes, traces and the pure-Python h11 parser, most of what the proxy added to each
request. Here a request is one socket write, and a small answer one read parsed in C.

The upstream is fixed and each client connection has at most one request in flight, so the pool is a
stack of idle connections. A connection goes back to it only after an answer read to its end that
lets it (keep-alive). A reused connection the upstream closes before answering (it timed the idle
connection out as the request went) is retried once on a new one for idempotent methods, as urllib3
and browsers do.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Sequence
from typing import cast
from urllib.parse import SplitResult, urlsplit

import httptools

__all__ = ["Upstream", "UpstreamAnswer", "UpstreamError", "UpstreamTimeoutError"]

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})  # get `content-length: 0` even when empty
_HIGH_WATER = 256 * 1024  # bytes of an answer held unread before the socket stops being read
_MAX_IDLE = 64


class UpstreamError(Exception):
    """The upstream cannot be reached, closed the connection or broke HTTP; the message says which."""


class UpstreamTimeoutError(UpstreamError):
    """The upstream did not accept a connection, answer, or go on sending in time."""


class UpstreamAnswer(asyncio.Protocol):
    """One connection to the upstream and the answer being read on it (one at a time).

    The httptools parser calls back into it (`on_header`, `on_body`, ...); the proxy reads `status`
    and `headers` once `Upstream.request` returns, then the body with `chunks`, then `release`s it.
    """

    def __init__(self, timeout: float) -> None:
        self._loop = asyncio.get_running_loop()
        self._timeout = timeout
        self._parser = httptools.HttpResponseParser(self)
        self._transport: asyncio.Transport | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._drained: asyncio.Future[None] | None = None  # set while the kernel's buffer is full
        self.closed = False
        self._reading_paused = False
        self._reset(head=False)

    def _reset(self, *, head: bool) -> None:
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self._head = head  # an answer to HEAD ends with its headers, whatever they announce
        self._chunks: list[bytes] = []
        self._buffered = 0
        self.started = self._has_headers = self._complete = self._framed = False
        self._reusable = False
        self._error: UpstreamError | None = None

    # -- asyncio.Protocol ------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A TCP transport (uvloop's is not a subclass of asyncio's, hence no isinstance check).
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if self._complete or self._error is not None:  # bytes no request asked for: not to be trusted
            self.close()
            return
        self.started = True
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(UpstreamError("switched protocols, which the proxy does not relay"))
        except httptools.HttpParserError as exc:
            self._fail(UpstreamError(f"broke HTTP ({exc})"))

    def eof_received(self) -> bool:
        self._lost(None)
        return False  # and close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost(exc)
        if self._drained is not None and not self._drained.done():
            self._drained.set_result(None)

    def pause_writing(self) -> None:
        self._drained = self._loop.create_future()

    def resume_writing(self) -> None:
        if self._drained is not None and not self._drained.done():
            self._drained.set_result(None)
        self._drained = None

    # -- httptools callbacks ---------------------------------------------------------------------

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))
        if name.lower() in (b"content-length", b"transfer-encoding"):
            self._framed = True

    def on_headers_complete(self) -> None:
        status = self._parser.get_status_code()
        if 100 <= status < 200:  # interim (100 Continue, 103 Early Hints): the answer comes after it
            return
        self.status = status
        self._has_headers = True
        if self._head:  # llhttp cannot be told the request was HEAD: this connection is done with
            self._complete = True
        self._wake()

    def on_body(self, body: bytes) -> None:
        if self._head:
            return
        self._chunks.append(body)
        self._buffered += len(body)
        if self._buffered > _HIGH_WATER and not self._reading_paused and self._transport is not None:
            self._reading_paused = True
            self._transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        if not self._has_headers:  # the end of an interim answer
            self.headers = []
            self._framed = False
            return
        self._complete = True
        self._reusable = not self._head and self._parser.should_keep_alive()
        self._wake()

    # -- the proxy's side ------------------------------------------------------------------------

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives, decoded from chunked transfer coding; raises `UpstreamError`."""
        while True:
            if self._chunks:
                chunks, self._chunks, self._buffered = self._chunks, [], 0
                if self._reading_paused and self._transport is not None:
                    self._reading_paused = False
                    self._transport.resume_reading()
                for chunk in chunks:
                    yield chunk
            elif self._complete:
                return
            else:
                await self._wait("stopped sending its answer")

    def release(self, pool: list[UpstreamAnswer]) -> None:
        """Back into `pool` when the answer was read to its end and the connection may be reused."""
        if self._complete and self._reusable and not self.closed and len(pool) < _MAX_IDLE:
            pool.append(self)
        else:
            self.close()

    def send(self, data: bytes, *, head: bool) -> None:
        self._reset(head=head)
        assert self._transport is not None
        self._transport.write(data)

    async def wait_for_headers(self) -> None:
        if self._drained is not None:  # a large body the upstream is slow to take
            await self._wait("did not take the request in time", self._drained)
        while not self._has_headers:
            await self._wait("did not answer in time")

    async def _wait(self, what: str, future: asyncio.Future[None] | None = None) -> None:
        if self._error is not None:
            raise self._error
        waiter = future or self._loop.create_future()
        self._waiter = waiter
        timer = self._loop.call_later(self._timeout, self._time_out, what)
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None
        if self._error is not None:
            raise self._error

    def _time_out(self, what: str) -> None:
        self._fail(UpstreamTimeoutError(what))

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def _fail(self, error: UpstreamError) -> None:
        if self._error is None:
            self._error = error
        self.close()
        self._wake()

    def _lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._complete or self._error is not None:
            return
        if self._has_headers and not self._framed:  # the body ran to the end of the connection
            self._complete = True
            self._wake()
            return
        when = "mid-answer" if self._has_headers else "before answering"
        self._fail(UpstreamError(f"closed the connection {when}" + (f" ({exc})" if exc else "")))

    def close(self) -> None:
        self.closed = True
        if self._transport is not None:
            self._transport.close()


class Upstream:
    """The server `mockserver proxy` forwards to, and its idle connections."""

    def __init__(self, url: str, *, timeout: float, connect_timeout: float) -> None:
        parts = self.check_url(url)
        self.url = url.rstrip("/")
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._path = parts.path.rstrip("/")
        self._host_header = parts.netloc.rsplit("@", 1)[-1].encode("idna")
        self._ssl = _tls_context() if parts.scheme == "https" else None
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._idle: list[UpstreamAnswer] = []

    @staticmethod
    def check_url(url: str) -> SplitResult:
        """The parts of an upstream URL; ValueError unless it is http:// or https:// with a host."""
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError for a port that is not a number or out of range
        except ValueError:
            parts = urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"--upstream {url!r}: an http:// or https:// URL is needed")
        return parts

    async def request(
        self, method: str, target: str, headers: Sequence[tuple[bytes, bytes]], body: bytes
    ) -> UpstreamAnswer:
        """Send the request (`target`: path and query as received) and return once the answer's
        status and headers are in; raises `UpstreamError` (`UpstreamTimeoutError` when too slow)."""
        start = f"{method} {self._path}{target} HTTP/1.1\r\nhost: ".encode("latin-1")
        lines = [start, self._host_header]
        for name, value in headers:
            lines += (b"\r\n", name, b": ", value)
        if body or method in _WITH_BODY:
            lines.append(b"\r\ncontent-length: %d" % len(body))
        lines += (b"\r\n\r\n", body)
        data = b"".join(lines)
        head = method == "HEAD"
        while True:
            reused = bool(self._idle)
            connection = self._idle.pop() if reused else await self._connect()
            if connection.closed:  # the upstream closed it while idle
                continue
            connection.send(data, head=head)
            try:
                await connection.wait_for_headers()
            except UpstreamTimeoutError:
                raise
            except UpstreamError:
                if reused and not connection.started and method in _IDEMPOTENT:
                    continue  # closed as it was reused: once more on another (or a new) connection
                raise
            return connection

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    def release(self, answer: UpstreamAnswer) -> None:
        answer.release(self._idle)

    async def _connect(self) -> UpstreamAnswer:
        loop = asyncio.get_running_loop()
        try:
            _, connection = await asyncio.wait_for(
                loop.create_connection(
                    lambda: UpstreamAnswer(self._timeout),
                    self._host,
                    self._port,
                    ssl=self._ssl,
                    server_hostname=self._host if self._ssl else None,
                ),
                self._connect_timeout,
            )
        except TimeoutError as exc:
            raise UpstreamTimeoutError("did not accept a connection in time") from exc
        except OSError as exc:  # refused, unknown host, TLS handshake failed
            raise UpstreamError(f"cannot be reached ({exc.strerror or exc})") from exc
        return connection


def _tls_context() -> ssl.SSLContext:
    """The system's trust store, or certifi's bundle where it is installed (as httpx trusts)."""
    try:
        import certifi  # noqa: PLC0415 - optional

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:
        return ssl.create_default_context()
