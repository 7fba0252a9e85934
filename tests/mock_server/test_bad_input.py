"""Hostile requests over a real socket: each a clear 4xx, never a 500, and the server keeps serving."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from mockserver.testing import ServerProcess, start_server

AUTH = {"Authorization": "Bearer mock-token", "Content-Type": "application/json"}
CREATE = "/pds/api/tenants/t1/backup-targets"


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    started = start_server(["omnistrate", "pds"])
    yield started
    assert started.process.poll() is None, "the server died"
    started.stop()


def _raw(server: ServerProcess, data: bytes) -> bytes:
    """Send raw bytes, read the answer until the server closes or stops talking."""
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            conn.sendall(data)  # the server may refuse before it has read everything
        chunks = []
        try:
            while chunk := conn.recv(65536):
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks):
                    break
        except (TimeoutError, ConnectionResetError):
            pass
    return b"".join(chunks)


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def _rss_kb(server: ServerProcess) -> int:
    status = open(f"/proc/{server.process.pid}/status").read()  # noqa: SIM115 - Linux only
    return int(status.split("VmRSS:")[1].split()[0])


def _alive(server: ServerProcess) -> None:
    assert httpx.get(f"{server.url}/__mock/health").status_code == 200


def test_body_over_the_limit_is_413(server: ServerProcess) -> None:
    response = httpx.post(f"{server.url}{CREATE}", content=b"x" * (11 * 1024 * 1024), headers=AUTH)
    assert response.status_code == 413
    assert response.json()["status"] == 413
    _alive(server)


def test_json_nested_ten_thousand_deep_is_400(server: ServerProcess) -> None:
    response = httpx.post(f"{server.url}{CREATE}", content=b"[" * 10_000 + b"]" * 10_000, headers=AUTH)
    assert response.status_code == 400
    assert response.json()["message"]  # PDS' own error model
    _alive(server)


def test_invalid_utf8_is_400(server: ServerProcess) -> None:
    response = httpx.post(f"{server.url}{CREATE}", content=b'{"name": "\xff\xfe"}', headers=AUTH)
    assert response.status_code == 400
    _alive(server)


def test_overlong_path_is_414(server: ServerProcess) -> None:
    response = httpx.get(f"{server.url}/pds/api/projects/{'a' * 20_000}", headers=AUTH)
    assert response.status_code == 414
    assert response.headers["content-type"] == "application/problem+json"
    _alive(server)


def test_overlong_headers_are_431(server: ServerProcess) -> None:
    response = httpx.get(f"{server.url}/pds/api/version", headers={**AUTH, "X-Big": "a" * 60_000})
    assert response.status_code == 431
    assert response.json()["status"] == 431
    _alive(server)


def test_huge_request_heads_are_cut_off_and_memory_stays_bounded(server: ServerProcess) -> None:
    before = _rss_kb(server)
    for _ in range(20):
        head = b"GET /pds/api/version HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 4_000_000 + b"\r\n\r\n"
        assert _status(_raw(server, head)) == 431
    assert (
        _raw(server, b"GET /" + b"a" * 200_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n").split(b" ")[1][:1] == b"4"
    )
    assert _rss_kb(server) - before < 50_000  # not 80 MB of heads kept anywhere
    _alive(server)


def test_garbage_is_a_4xx(server: ServerProcess) -> None:
    assert _status(_raw(server, b"\x00\x01\x02 nonsense\r\n\r\n")) == 400
    _alive(server)
