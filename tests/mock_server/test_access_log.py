"""The access log over a real socket: one line per request, the first problem of a 4xx, no secrets."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import httpx
import pytest

from mockserver.access_log import first_problem
from mockserver.testing import start_server

SECRET = "s3cret-token-0123456789"
STRANGER = "never-issued-token-9876"
TEXT_LINE = re.compile(
    r"^\d\d:\d\d:\d\d (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) [\d.]+ms(?: (?P<problem>.+))?$"
)


def _run(args: Sequence[str]) -> list[str]:
    """Start `mockserver serve pds datahub` with `args`, send the same requests, return every output line."""
    server = start_server(["pds", "datahub"], args=["--log-level", "info", "--token", SECRET, *args])
    try:
        mine = {"Authorization": f"Bearer {SECRET}"}
        with httpx.Client(base_url=server.url, timeout=10) as client:
            assert client.get("/pds/api/accounts", headers=mine).status_code == 200
            assert client.get("/datahub/tenants/a%20b", headers=mine).status_code == 400
            assert (
                client.get("/datahub/tenants", headers={"Authorization": f"Bearer {STRANGER}"}).status_code
                == 401
            )
            assert (
                client.get(f"/pds/api/accounts?access_token={SECRET}&limit=2", headers=mine).status_code
                == 200
            )
            assert client.get("/nowhere", headers={"X-Api-Key": SECRET}).status_code == 404
    finally:
        server.process.terminate()
        output, _ = server.process.communicate(timeout=10)
        server.stop()
    return output.decode().splitlines()


def test_text_lines_name_method_path_status_latency_and_the_first_problem() -> None:
    lines = _run([])
    access = [m.groupdict() for line in lines if (m := TEXT_LINE.match(line))]
    requests = [a for a in access if not a["path"].startswith("/__mock/")]  # the start-up health checks
    assert [(a["method"], a["path"], a["status"]) for a in requests] == [
        ("GET", "/pds/api/accounts", "200"),
        ("GET", "/datahub/tenants/a%20b", "400"),
        ("GET", "/datahub/tenants", "401"),
        ("GET", "/pds/api/accounts?access_token=[redacted]&limit=2", "200"),
        ("GET", "/nowhere", "404"),
    ]
    assert requests[0]["problem"] is None
    assert requests[1]["problem"].startswith('path.tenant: "a b" does not match')
    assert requests[2]["problem"] == "Invalid security scheme used: the credentials are not valid here"
    assert requests[4]["problem"].startswith("no API is mounted at '/nowhere'")


def test_no_token_appears_in_any_line() -> None:
    for args in ([], ["--log-format", "json"], ["--log-level", "debug"]):
        lines = _run(args)
        assert lines
        for line in lines:
            assert SECRET not in line, line
            assert STRANGER not in line, line


def test_json_lines_carry_the_same_fields() -> None:
    lines = _run(["--log-format", "json"])
    records = [json.loads(line) for line in lines if line.startswith("{")]
    access = [
        r for r in records if r["logger"] == "mockserver.access" and not r["path"].startswith("/__mock/")
    ]
    assert [(r["method"], r["path"], r["status"]) for r in access] == [
        ("GET", "/pds/api/accounts", 200),
        ("GET", "/datahub/tenants/a%20b", 400),
        ("GET", "/datahub/tenants", 401),
        ("GET", "/pds/api/accounts?access_token=[redacted]&limit=2", 200),
        ("GET", "/nowhere", 404),
    ]
    assert all(isinstance(r["latency_ms"], float) and r["level"] == "info" for r in access)
    assert "problem" not in access[0]
    assert access[1]["problem"].startswith("path.tenant:")
    # uvicorn's own messages are JSON too: every line on stderr parses
    assert any(r["logger"].startswith("uvicorn") for r in records)
    assert all(line.startswith(("{", "mockserver: ")) for line in lines), lines


def test_quiet_turns_the_access_log_off() -> None:
    lines = _run(["--quiet"])
    assert not [line for line in lines if TEXT_LINE.match(line)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            b'{"validation": [{"location": ["query", "limit"], "message": "must be integer"}]}',
            "query.limit: must be integer",
        ),
        (b'{"message": "Invalid request: body: a; body: b"}', "body: a"),
        (b'{"error": "tenant exists"}', "tenant exists"),
        (b'{"detail": "' + b"x" * 300 + b'"}', "x" * 199 + "\u2026"),
        (b"not json", None),
        (b"[1]", None),
    ],
)
def test_first_problem(body: bytes, expected: str | None) -> None:
    assert first_problem(body) == expected
