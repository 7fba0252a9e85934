"""The validating proxy's HTTP client for its one upstream (`proxy.py`), on aiohttp's client.

Why aiohttp and not httpx: httpx's async transport (httpcore over anyio, the pure-Python h11 parser)
spent over a millisecond of CPU per request here, most of what the proxy added to each request;
aiohttp's keep-alive pool and C parser spend a fraction of that. The client is set up to pass
requests and answers through as they are: no default headers of its own (`User-Agent`, `Accept`,
`Content-Type`), no decompression, no redirects followed, no cookies kept, the request target sent
as received (no re-quoting). aiohttp retries an idempotent request once when a kept-alive connection
turns out to be closed as it is reused, as browsers and urllib3 do.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Sequence
from urllib.parse import SplitResult, urlsplit

import aiohttp
from yarl import URL

__all__ = ["Upstream", "UpstreamAnswer", "UpstreamError", "UpstreamTimeoutError"]

# aiohttp would add these unless told not to; the proxy forwards the client's own or none.
_NO_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")
_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})  # sent with `content-length: 0` even when empty
_RAISED = (aiohttp.ClientError, asyncio.TimeoutError)  # what aiohttp raises for an upstream's failings


class UpstreamError(Exception):
    """The upstream cannot be reached, closed the connection or broke HTTP; the message says which."""


class UpstreamTimeoutError(UpstreamError):
    """The upstream did not accept a connection, answer, or go on sending in time."""


class UpstreamAnswer:
    """The upstream's answer: `status` and raw `headers` are in; the body comes from `chunks`."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status = response.status
        self.headers: list[tuple[bytes, bytes]] = list(response.raw_headers)

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives, decoded from chunked transfer coding; raises `UpstreamError`."""
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except _RAISED as exc:
            raise _failure(exc, "stopped sending its answer", "mid-answer") from exc

    def release(self) -> None:
        """The connection back to the pool when the answer was read to its end, else closed."""
        self._response.release()


class Upstream:
    """The server `mockserver proxy` forwards to, and its kept-alive connections."""

    def __init__(self, url: str, *, timeout: float, connect_timeout: float) -> None:
        parts = self.check_url(url)
        self.url = url.rstrip("/")
        self._secure = parts.scheme == "https"
        self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect_timeout, sock_read=timeout)
        self._session: aiohttp.ClientSession | None = None

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
        fields = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers]
        data = body if body or method in _WITH_BODY else None
        try:
            response = await self._client().request(
                method,
                URL(self.url + target, encoded=True),
                headers=fields,
                data=data,
                allow_redirects=False,
            )
        except _RAISED as exc:
            raise _failure(exc, "did not answer in time", "before answering") from exc
        return UpstreamAnswer(response)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _client(self) -> aiohttp.ClientSession:
        # Made on first use: an aiohttp session belongs to the running event loop.
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=0, ssl=_tls_context() if self._secure else True)
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=self._timeout,
                auto_decompress=False,
                skip_auto_headers=_NO_AUTO_HEADERS,
                cookie_jar=aiohttp.DummyCookieJar(),
            )
        return self._session


def _failure(exc: Exception, slow: str, when: str) -> UpstreamError:
    """The proxy's error for what aiohttp raised: `slow` says what took too long, `when` when the
    connection was closed."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return UpstreamTimeoutError("did not accept a connection in time")
    if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError):
        return UpstreamTimeoutError(slow)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, unknown host, TLS handshake failed
        return UpstreamError(f"cannot be reached ({exc.os_error.strerror or exc.os_error})")
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return UpstreamError(f"closed the connection {when}")
    return UpstreamError(f"broke HTTP ({exc})")


def _tls_context() -> ssl.SSLContext:
    """The system's trust store, or certifi's bundle where it is installed (as httpx trusts)."""
    try:
        import certifi  # noqa: PLC0415 - optional

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:
        return ssl.create_default_context()
