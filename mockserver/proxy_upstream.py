"""The validating proxy's HTTP/1.1 client for its one upstream (`proxy.py`): asyncio and httptools.

Why not a general client: the proxy sits on every request's path, and what it adds is measured
(`benchmarks/bench_proxy.py`, goal at most 1 ms at the median). httpx's async transport spent over
a millisecond of CPU per request, aiohttp's about a third of the proxy's whole time per request,
most of it in features a proxy turns off (default headers, cookies, redirects, decompression, URL
re-quoting, tracing). This client does only what passing a request through needs: one write of the
request as received (its target, its headers, `Host` and `Content-Length` set), the answer parsed by
httptools (llhttp, the C parser uvicorn serves the proxy with), its status and raw headers handed
over as soon as they are in and its body, chunked coding undone, as it arrives.

Connections are kept alive and reused, the most recently used first; an idle one is closed after
`IDLE_SECONDS`. A request whose reused connection the upstream closes before a byte of the answer
came (its idle timeout striking as the request goes out) is sent once more on a new connection when
its method is idempotent (RFC 9110 9.2.2), as browsers and urllib3 do.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Sequence
from typing import cast
from urllib.parse import SplitResult, urlsplit

import httptools

__all__ = ["IDLE_SECONDS", "Upstream", "UpstreamAnswer", "UpstreamError", "UpstreamTimeoutError"]

IDLE_SECONDS = 15.0  # an unused kept-alive connection is closed after this long
_MAX_IDLE = 64  # kept-alive connections held beyond what is in use
_WITH_BODY = frozenset({b"POST", b"PUT", b"PATCH"})  # sent with `content-length: 0` even when empty
_IDEMPOTENT = frozenset({b"GET", b"HEAD", b"OPTIONS", b"PUT", b"DELETE", b"TRACE"})
_HIGH_WATER = 256 * 1024  # body bytes read ahead of the proxy before the socket is paused


class UpstreamError(Exception):
    """The upstream cannot be reached, closed the connection or broke HTTP; the message says which."""


class UpstreamTimeoutError(UpstreamError):
    """The upstream did not accept a connection, answer, or go on sending in time."""


class _UnansweredError(UpstreamError):
    """The connection ended before a byte of the answer came (worth one more try when reused)."""


class _Connection(asyncio.Protocol):
    """One connection to the upstream and the answer it is reading (one at a time: no pipelining).

    The protocol's callbacks fill in the answer; `wait` lets the reader sleep until they add to it.
    """

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.idle_since = 0.0
        self._parser: httptools.HttpResponseParser | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._paused = False
        self._head = False
        self.reused = False
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.has_headers = False
        self.chunks: list[bytes] = []
        self.buffered = 0
        self.complete = False
        self.error: UpstreamError | None = None
        self.keep_alive = False
        self._until_close = False
        self._got_bytes = False
        self._skipping = False  # a 1xx interim answer is being read past

    # -- the request -----------------------------------------------------------------------------

    def send(self, head: bytes, body: bytes, *, is_head: bool) -> None:
        """Start a request/answer exchange: the answer's fields start afresh."""
        assert self.transport is not None
        self._parser = httptools.HttpResponseParser(self)
        self._head = is_head
        self.status = 0
        self.headers = []
        self.has_headers = self.complete = self.keep_alive = False
        self._until_close = self._got_bytes = self._skipping = False
        self.chunks = []
        self.buffered = 0
        self.error = None
        if len(body) < 65536:  # one write, one segment for the usual small request
            self.transport.write(head + body)
        else:  # not copied into one more buffer
            self.transport.write(head)
            self.transport.write(body)

    async def wait(self, timeout: float, slow: str) -> None:
        """Until the callbacks add to the answer; `UpstreamTimeoutError(slow)` after `timeout` s."""
        loop = asyncio.get_running_loop()
        waiter = self._waiter = loop.create_future()
        timer = loop.call_later(timeout, self._time_out, waiter, slow)
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None

    def take(self) -> bytes:
        """The body bytes read so far, reading resumed if it was paused."""
        data = self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)
        self.chunks = []
        self.buffered = 0
        if self._paused and self.transport is not None and not self.closed:
            self._paused = False
            self.transport.resume_reading()
        return data

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    # -- asyncio.Protocol ------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a registered subclass

    def data_received(self, data: bytes) -> None:
        if self._parser is None or self.complete:  # bytes nobody asked for: the connection is unusable
            self.close()
            return
        self._got_bytes = True
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(UpstreamError("broke HTTP (it switched protocols)"))
        except httptools.HttpParserError as exc:
            self._fail(UpstreamError(f"broke HTTP ({exc})"))

    def eof_received(self) -> bool:
        return False  # close the transport: connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._parser is None or self.complete or self.error is not None:
            return
        if self.has_headers and self._until_close:  # the answer's end is the connection's
            self.complete = True
            self._wake()
        elif not self._got_bytes:
            self._fail(_UnansweredError("closed the connection before answering"))
        else:
            self._fail(UpstreamError("closed the connection mid-answer"))

    # -- httptools callbacks ---------------------------------------------------------------------

    def on_header(self, name: bytes, value: bytes | None) -> None:
        self.headers.append((name, value or b""))

    def on_headers_complete(self) -> None:
        assert self._parser is not None
        status = self._parser.get_status_code()
        if status == 101:  # the proxy asked for no other protocol
            self._fail(UpstreamError("broke HTTP (it switched protocols unasked)"))
            return
        if 100 <= status < 200:  # interim (100 Continue, 103 Early Hints): the answer comes after it
            self._skipping = True
            self.headers = []
            return
        self.status = status
        self.has_headers = True
        self.keep_alive = self._parser.should_keep_alive()
        if self._head:  # a HEAD answer has no body, whatever its Content-Length says
            self.complete = True  # (the next exchange starts a new parser)
        elif status not in (204, 304):
            names = {name.lower() for name, _ in self.headers}
            self._until_close = b"content-length" not in names and b"transfer-encoding" not in names
        self._wake()

    def on_body(self, body: bytes) -> None:
        if self.complete:
            return
        self.chunks.append(body)
        self.buffered += len(body)
        if self.buffered > _HIGH_WATER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        if self._skipping:
            self._skipping = False
            return
        self.complete = True
        self._wake()

    # -- the waiter ------------------------------------------------------------------------------

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def _fail(self, error: UpstreamError) -> None:
        if self.error is None:
            self.error = error
        self.close()
        self._wake()

    @staticmethod
    def _time_out(waiter: asyncio.Future[None], slow: str) -> None:
        if not waiter.done():
            waiter.set_exception(UpstreamTimeoutError(slow))


class UpstreamAnswer:
    """The upstream's answer: `status` and raw `headers` are in; the body comes from `chunks`."""

    def __init__(self, upstream: Upstream, connection: _Connection) -> None:
        self._upstream = upstream
        self._connection: _Connection | None = connection
        self.status = connection.status
        self.headers: list[tuple[bytes, bytes]] = connection.headers

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives, decoded from chunked transfer coding; raises `UpstreamError`."""
        connection = self._connection
        if connection is None:
            return
        while True:
            if connection.chunks:
                yield connection.take()
            elif connection.complete:
                return
            elif connection.error is not None:
                raise connection.error
            else:
                await connection.wait(self._upstream.timeout, "stopped sending its answer")

    def release(self) -> None:
        """The connection back to the pool when the answer was read to its end, else closed."""
        connection, self._connection = self._connection, None
        if connection is not None:
            self._upstream.give_back(connection)


class Upstream:
    """The server `mockserver proxy` forwards to, and its kept-alive connections."""

    def __init__(self, url: str, *, timeout: float, connect_timeout: float) -> None:
        parts = self.check_url(url)
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._connect_timeout = connect_timeout
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._tls = _tls_context() if parts.scheme == "https" else None
        self._base = parts.path.rstrip("/").encode("latin-1")  # the upstream URL's own path, if any
        default_port = parts.port is None or parts.port == (443 if self._tls else 80)
        host = f"[{self._host}]" if ":" in self._host else self._host
        self._host_header = (host if default_port else f"{host}:{parts.port}").encode("idna")
        self._idle: list[_Connection] = []
        self._sweep: asyncio.TimerHandle | None = None

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
        verb = method.encode("latin-1")
        lines = [
            b"%s %s%s HTTP/1.1\r\nhost: %s\r\n"
            % (verb, self._base, target.encode("latin-1"), self._host_header)
        ]
        lines.extend(b"%s: %s\r\n" % field for field in headers)
        if body or verb in _WITH_BODY:
            lines.append(b"content-length: %d\r\n" % len(body))
        lines.append(b"\r\n")
        head = b"".join(lines)
        retried = False
        while True:
            connection = await self._connection()
            connection.send(head, body, is_head=verb == b"HEAD")
            try:
                while not connection.has_headers:
                    if connection.error is not None:
                        raise connection.error
                    await connection.wait(self.timeout, "did not answer in time")
            except _UnansweredError as exc:
                if connection.reused and not retried and verb in _IDEMPOTENT:
                    retried = True
                    continue
                raise UpstreamError(str(exc)) from None
            except BaseException:
                connection.close()
                raise
            return UpstreamAnswer(self, connection)

    def give_back(self, connection: _Connection) -> None:
        """Keep the connection for the next request if its answer was read whole and both ends
        agree to keep it; close it otherwise."""
        if connection.closed or not connection.complete or not connection.keep_alive or connection.chunks:
            connection.close()
            return
        if len(self._idle) >= _MAX_IDLE:
            self._idle.pop(0).close()
        connection.idle_since = time.monotonic()
        self._idle.append(connection)
        if self._sweep is None:
            self._sweep = asyncio.get_running_loop().call_later(IDLE_SECONDS, self._close_idle)

    async def aclose(self) -> None:
        if self._sweep is not None:
            self._sweep.cancel()
            self._sweep = None
        idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    async def _connection(self) -> _Connection:
        """The most recently used idle connection still open, or a new one."""
        while self._idle:
            connection = self._idle.pop()
            if (
                not connection.closed
                and connection.transport is not None
                and not connection.transport.is_closing()
            ):
                connection.reused = True
                return connection
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self._connect_timeout):
                transport, connection = await loop.create_connection(
                    _Connection,
                    self._host,
                    self._port,
                    ssl=self._tls,
                    server_hostname=self._host if self._tls else None,
                )
        except TimeoutError:
            raise UpstreamTimeoutError("did not accept a connection in time") from None
        except ssl.SSLError as exc:
            raise UpstreamError(f"cannot be reached (TLS: {exc.reason or exc})") from None
        except OSError as exc:
            raise UpstreamError(f"cannot be reached ({exc.strerror or exc})") from None
        connection.transport = transport  # uvloop may call connection_made only after this returns
        return connection

    def _close_idle(self) -> None:
        now = time.monotonic()
        kept = []
        for connection in self._idle:
            if now - connection.idle_since >= IDLE_SECONDS or connection.closed:
                connection.close()
            else:
                kept.append(connection)
        self._idle = kept
        self._sweep = None
        if kept:
            delay = IDLE_SECONDS - (now - kept[0].idle_since)
            self._sweep = asyncio.get_running_loop().call_later(max(delay, 0.01), self._close_idle)


def _tls_context() -> ssl.SSLContext:
    """The system's trust store, or certifi's bundle where it is installed (as httpx trusts)."""
    try:
        import certifi  # noqa: PLC0415 - optional

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:
        return ssl.create_default_context()
