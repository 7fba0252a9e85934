"""The proxy's client for its upstream (`mockserver.proxy_upstream.Upstream`) against a scripted
server on a real socket: what each answer looks like on the wire (lengths, chunks, read until close,
interim answers, HEAD), what is sent, which connections are kept, reused, retried and closed."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest

from mockserver import proxy_upstream
from mockserver.proxy_upstream import Upstream, UpstreamAnswer, UpstreamError, UpstreamTimeoutError

Script = Callable[["Scripted", asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Scripted:
    """A server that runs `script` on each connection it accepts, and counts them."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self.requests: list[bytes] = []  # each request head as received

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            await self.script(self, reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def head(self, reader: asyncio.StreamReader) -> bytes:
        """The next request's head, its body (by Content-Length) read and dropped."""
        head = await reader.readuntil(b"\r\n\r\n")
        self.requests.append(head)
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                await reader.readexactly(int(line.split(b":")[1]))
        return head


@asynccontextmanager
async def upstream_for(
    script: Script, path: str = "", timeout: float = 2.0
) -> AsyncIterator[tuple[Upstream, Scripted]]:
    scripted = Scripted(script)
    server = await asyncio.start_server(scripted.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    upstream = Upstream(f"http://127.0.0.1:{port}{path}", timeout=timeout, connect_timeout=timeout)
    try:
        yield upstream, scripted
    finally:
        await upstream.aclose()
        server.close()


async def body_of(answer: UpstreamAnswer) -> bytes:
    try:
        return b"".join([chunk async for chunk in answer.chunks()])
    finally:
        answer.release()


def serving_script(*answers: bytes) -> Script:
    """Sends `answers` in turn, one per request, on one kept-alive connection."""

    async def script(scripted: Scripted, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for answer in answers:
            await scripted.head(reader)
            writer.write(answer)
            await writer.drain()
        await reader.read()  # until the client closes

    return script


def serving(*answers: bytes, path: str = "") -> AbstractAsyncContextManager[tuple[Upstream, Scripted]]:
    """An upstream sending `answers` (`serving_script`)."""
    return upstream_for(serving_script(*answers), path)


OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


async def test_a_request_goes_out_as_received_with_host_and_length() -> None:
    async with serving(OK, OK, path="/datahub/") as (upstream, scripted):
        headers = [(b"Authorization", b"Bearer t"), (b"X-Trace", b"a, b")]
        await body_of(await upstream.request("POST", "/tenants/a%2Fb?x=1&y=%20", headers, b'{"n":1}'))
        await body_of(await upstream.request("GET", "/tenants", [], b""))
    post, get = scripted.requests
    port = upstream.url.rsplit(":", 1)[1].split("/")[0]
    assert post == (
        b"POST /datahub/tenants/a%2Fb?x=1&y=%20 HTTP/1.1\r\n"
        b"host: 127.0.0.1:" + port.encode() + b"\r\n"
        b"Authorization: Bearer t\r\nX-Trace: a, b\r\ncontent-length: 7\r\n\r\n"
    )
    assert b"content-length" not in get  # no body, no length: as the client sent it
    assert b"user-agent" not in get.lower()  # nor any other header of the client's own
    assert b"accept" not in get.lower()


async def test_an_empty_put_says_so() -> None:
    async with serving(OK) as (upstream, scripted):
        await body_of(await upstream.request("PUT", "/tenants/a", [], b""))
    assert b"content-length: 0\r\n" in scripted.requests[0]


@pytest.mark.parametrize(
    ("wire", "body"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", b"hello"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n", b"hello"),
        (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", b"hello"),
        (b"HTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n", b""),
    ],
    ids=["length", "chunked", "interim-100", "no-content"],
)
async def test_answers_are_read_to_their_end_and_the_connection_reused(wire: bytes, body: bytes) -> None:
    async with serving(wire, wire, wire) as (upstream, scripted):
        for _ in range(3):
            answer = await upstream.request("GET", "/x", [], b"")
            assert answer.status in (200, 204)
            assert await body_of(answer) == body
    assert scripted.connections == 1


async def test_raw_headers_come_back_as_sent() -> None:
    wire = (
        b"HTTP/1.1 201 Created\r\nX-Mixed-Case: A\r\n"
        b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 0\r\n\r\n"
    )
    async with serving(wire) as (upstream, _):
        answer = await upstream.request("PUT", "/x", [], b"")
        await body_of(answer)
    assert answer.status == 201
    assert answer.headers == [
        (b"X-Mixed-Case", b"A"),
        (b"Set-Cookie", b"a=1"),
        (b"Set-Cookie", b"b=2"),
        (b"Content-Length", b"0"),
    ]


async def test_an_answer_without_length_ends_with_the_connection() -> None:
    async def script(scripted: Scripted, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil ")
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.write(b"the end")

    async with upstream_for(script) as (upstream, scripted):
        assert await body_of(await upstream.request("GET", "/x", [], b"")) == b"until the end"
        assert await body_of(await upstream.request("GET", "/x", [], b"")) == b"until the end"
    assert scripted.connections == 2  # that connection could not be kept


async def test_a_head_answer_ends_with_its_headers_and_the_connection_goes_on() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n"
    async with serving(head, OK) as (upstream, scripted):
        answer = await upstream.request("HEAD", "/x", [], b"")
        assert await body_of(answer) == b""
        assert (b"Content-Length", b"8") in answer.headers
        assert await body_of(await upstream.request("GET", "/x", [], b"")) == b"{}"
    assert scripted.connections == 1


async def test_connection_close_is_honoured() -> None:
    closing = b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"
    async with serving(closing, path="") as (upstream, scripted):
        await body_of(await upstream.request("GET", "/x", [], b""))
        await body_of(await upstream.request("GET", "/x", [], b""))
    assert scripted.connections == 2


async def test_a_large_answer_streams_through_a_paused_socket() -> None:
    size = 8 * 1024 * 1024
    wire = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size + b"x" * size
    async with serving(wire, OK) as (upstream, scripted):
        answer = await upstream.request("GET", "/big", [], b"")
        got = 0
        async for chunk in answer.chunks():
            got += len(chunk)
            await asyncio.sleep(0)  # a slow reader: the client must not read far ahead of it
        answer.release()
        assert got == size
        assert await body_of(await upstream.request("GET", "/x", [], b"")) == b"{}"
    assert scripted.connections == 1


async def test_an_answer_left_unread_closes_its_connection() -> None:
    wire = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
    async with serving(wire, wire) as (upstream, scripted):
        (await upstream.request("GET", "/x", [], b"")).release()  # body not read
        assert await body_of(await upstream.request("GET", "/x", [], b"")) == b"hello"
    assert scripted.connections == 2


@pytest.mark.parametrize(
    ("wire", "message"),
    [
        (b"NOT HTTP AT ALL\r\n\r\n", "broke HTTP"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n", "broke HTTP"),
        (
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\n",
            "switched protocols",
        ),
    ],
)
async def test_an_answer_that_breaks_http_is_an_error(wire: bytes, message: str) -> None:
    async with serving(wire) as (upstream, _):
        with pytest.raises(UpstreamError, match=message):
            await upstream.request("GET", "/x", [], b"")


async def test_a_connection_closed_mid_answer_is_an_error() -> None:
    async def script(scripted: Scripted, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")

    async with upstream_for(script) as (upstream, _):
        answer = await upstream.request("GET", "/x", [], b"")
        with pytest.raises(UpstreamError, match="closed the connection mid-answer"):
            await body_of(answer)


async def test_silence_times_out_before_and_during_the_answer() -> None:
    async def script(scripted: Scripted, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        if b"/late-body" in head:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")
        await asyncio.sleep(5)

    async with upstream_for(script, timeout=0.3) as (upstream, _):
        with pytest.raises(UpstreamTimeoutError, match="did not answer in time"):
            await upstream.request("GET", "/silent", [], b"")
        answer = await upstream.request("GET", "/late-body", [], b"")
        with pytest.raises(UpstreamTimeoutError, match="stopped sending its answer"):
            await body_of(answer)


async def test_a_reused_connection_hung_up_on_is_retried_once_for_idempotent_methods() -> None:
    async def script(scripted: Scripted, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(OK)
        await writer.drain()
        await reader.readuntil(b"\r\n\r\n")  # the next request is read, never answered

    async with upstream_for(script) as (upstream, scripted):
        await body_of(await upstream.request("GET", "/x", [], b""))
        assert await body_of(await upstream.request("DELETE", "/x", [], b"")) == b"{}"
        assert scripted.connections == 2
        with pytest.raises(UpstreamError, match="closed the connection before answering"):
            await upstream.request("POST", "/x", [], b"{}")  # not idempotent: not sent twice
        assert scripted.connections == 2


async def test_an_upstream_that_is_down_cannot_be_reached() -> None:
    server = await asyncio.start_server(lambda reader, writer: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    upstream = Upstream(f"http://127.0.0.1:{port}", timeout=1, connect_timeout=1)
    with pytest.raises(UpstreamError, match="cannot be reached"):
        await upstream.request("GET", "/", [], b"")


async def test_idle_connections_are_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(proxy_upstream, "IDLE_SECONDS", 0.1)
    closed = asyncio.Event()

    async def script(scripted: Scripted, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(OK)
        await writer.drain()
        if await reader.read() == b"":
            closed.set()

    async with upstream_for(script) as (upstream, _):
        await body_of(await upstream.request("GET", "/x", [], b""))
        await asyncio.wait_for(closed.wait(), 2)


@pytest.mark.parametrize("url", ["ftp://example.com", "http://", "http://host:99999", "example.com"])
def test_only_http_urls_with_a_host_are_upstreams(url: str) -> None:
    with pytest.raises(ValueError, match="an http:// or https:// URL is needed"):
        Upstream.check_url(url)


# -- TLS ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command) and its key."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@asynccontextmanager
async def tls_server(certificate: tuple[Path, Path]) -> AsyncIterator[int]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    scripted = Scripted(serving_script(OK))
    server = await asyncio.start_server(scripted.handle, "127.0.0.1", 0, ssl=context)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()


async def test_an_https_upstream_is_reached_over_tls(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    monkeypatch.setattr(proxy_upstream, "_tls_context", lambda: trusting)
    async with tls_server(certificate) as port:
        upstream = Upstream(f"https://127.0.0.1:{port}", timeout=2, connect_timeout=2)
        try:
            assert await body_of(await upstream.request("GET", "/x", [], b"")) == b"{}"
        finally:
            await upstream.aclose()


async def test_an_https_upstream_whose_certificate_is_not_trusted_cannot_be_reached(
    certificate: tuple[Path, Path],
) -> None:
    async with tls_server(certificate) as port:
        upstream = Upstream(f"https://127.0.0.1:{port}", timeout=2, connect_timeout=2)
        with pytest.raises(UpstreamError, match=r"cannot be reached \(TLS: CERTIFICATE_VERIFY_FAILED"):
            await upstream.request("GET", "/x", [], b"")
