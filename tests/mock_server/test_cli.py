"""The command line: the README's serve command over a real socket, tokens, help, bad input."""

from __future__ import annotations

import subprocess
import sys

import httpx

from mockserver import read_token
from mockserver.testing import running_server


def _mockserver(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mockserver", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_serve_with_no_argument_serves_every_api_and_checks_the_token() -> None:
    with running_server() as url:
        health = httpx.get(f"{url}/__mock/health").json()
        assert set(health["apis"]) == {"datahub", "datum", "omnistrate", "pds"}
        authorized = httpx.get(f"{url}/datahub/tenants", headers={"Authorization": "Bearer mock-token"})
        assert authorized.status_code == 200
        assert isinstance(authorized.json(), list)
        anonymous = httpx.get(f"{url}/datahub/tenants")
        assert anonymous.status_code == 401
        assert anonymous.headers["www-authenticate"] == "Bearer"


def test_token_command_prints_a_token_the_mock_reads() -> None:
    result = _mockserver("token", "--sub", "alice", "--group", "acme:admin", "--realm-admin")
    assert result.returncode == 0
    claims = read_token(result.stdout.strip())
    assert claims["sub"] == "alice"
    assert claims["groups"] == ["acme:admin"]
    assert claims["resource_access"]["realm-management"]["roles"] == ["manage-realm"]


def test_token_command_rejects_a_malformed_group() -> None:
    result = _mockserver("token", "--sub", "alice", "--group", "acme")
    assert result.returncode == 2
    assert "TENANT:GROUP" in result.stderr


def test_serve_refuses_an_unknown_spec_clearly() -> None:
    result = _mockserver("serve", "nosuchapi", "--port", "0")
    assert result.returncode == 1
    assert "no spec named 'nosuchapi'" in result.stderr
    assert "datahub" in result.stderr


def test_help_explains_serve() -> None:
    result = _mockserver("serve", "--help")
    assert result.returncode == 0
    for option in ("--host", "--port", "--token", "--static", "--dynamic", "--seed", "--log-level"):
        assert option in result.stdout
