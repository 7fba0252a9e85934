"""The command line: the README's serve command over a real socket, tokens, help, bad input."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import click
import httpx
import pytest

from mockserver import read_token
from mockserver.testing import running_server


def _mockserver(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mockserver", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_serve_with_no_argument_serves_every_api_and_checks_the_token() -> None:
    with running_server() as url:
        assert httpx.get(f"{url}/__mock/health").json() == {"status": "ok", "store": "memory"}
        health = httpx.get(f"{url}/__mock/health", headers={"Authorization": "Bearer mock-token"}).json()
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


# One line per error, naming the thing, with the documented exit code and no traceback.

MINIMAL_SPEC = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"


def _one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("a: [1, 2\nb: 3\n", "{path}:2:2: not valid YAML: did not find expected ',' or ']'"),
        ("foo: 1\n", "{path}: not an OpenAPI 3.x document: it has no 'openapi' field"),
        ("swagger: '2.0'\npaths: {}\n", "{path}: not an OpenAPI 3.x document: it is Swagger 2.0"),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n",
            "{path}: not an OpenAPI 3.x document: it has no 'paths'",
        ),
        ("", "{path}: not an OpenAPI 3.x document: the file is empty"),
        (
            "openapi: 3.1.0\ninfo: {title: t}\npaths:\n  /a:\n    get: {responses: {}}\n  b: {}\n",
            "{path}: invalid OpenAPI document: /info: 'version' is required; "
            "/paths/~1a/get/responses: must be a mapping with at least one response; "
            "/paths/b: a path must start with '/'",
        ),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
            "      responses: {'200': {$ref: '#/components/responses/nope'}}\n",
            "{arg}: #/paths/~1a/get/responses/200: $ref '#/components/responses/nope' points at nothing",
        ),
    ],
    ids=["invalid-yaml", "not-openapi", "swagger-2", "no-paths", "empty", "invalid-spec", "broken-ref"],
)
def test_serve_names_the_problem_with_a_spec_file(tmp_path: Path, content: str, expected: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(content)
    result = _mockserver("serve", str(spec), "--port", "0")
    line = _one_line_error(result, 1)
    assert line == "Error: " + expected.format(path=spec.resolve(), arg=spec)


def test_serve_says_a_missing_spec_file_is_missing(tmp_path: Path) -> None:
    line = _one_line_error(_mockserver("serve", "./nope.yaml", "--port", "0"), 1)
    assert line == "Error: ./nope.yaml: no such file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_serve_names_a_read_only_state_directory(tmp_path: Path) -> None:
    read_only = tmp_path / "ro"
    read_only.mkdir(mode=0o555)
    state = read_only / "x.db"
    line = _one_line_error(_mockserver("serve", "datahub", "--state", str(state), "--port", "0"), 1)
    assert line == f"Error: {state}: cannot create the state file: '{read_only}' is not writable"


def test_serve_names_an_unusable_state_path(tmp_path: Path) -> None:
    missing_dir = tmp_path / "nonexistent" / "x.db"
    line = _one_line_error(_mockserver("serve", "datahub", "--state", str(missing_dir), "--port", "0"), 1)
    assert line == f"Error: {missing_dir}: cannot create the state file: no directory '{missing_dir.parent}'"
    line = _one_line_error(_mockserver("serve", "datahub", "--state", str(tmp_path), "--port", "0"), 1)
    assert line == f"Error: {tmp_path}: cannot use as the state file: it is a directory"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "{path}: cannot read the seed data: No such file or directory"),
        (
            "a: [1, 2\n",
            "{path}:2:1: the seed data is not valid YAML or JSON: did not find expected ',' or ']'",
        ),
        (
            "foo: 1\n",
            "{path}: cannot load the seed data: a seed maps API names to {{resource: [records]}} mappings",
        ),
    ],
    ids=["missing", "invalid-yaml", "wrong-shape"],
)
def test_serve_names_a_bad_seed_file(tmp_path: Path, content: str | None, expected: str) -> None:
    seed = tmp_path / "seed.yaml"
    if content is not None:
        seed.write_text(content)
    result = _mockserver("serve", "pds", "--seed-data", str(seed), "--port", "0")
    assert _one_line_error(result, 1) == "Error: " + expected.format(path=seed)


def test_a_token_the_mock_is_started_with_must_not_be_empty() -> None:
    for bad in ("", "two words", "caf\u00e9"):
        result = _mockserver("serve", "pds", "--token", "mock-token", "--token", bad, "--port", "0")
        line = _one_line_error(result, 2)
        assert line == "Error: --token (#2): a token must be non-empty printable ASCII without spaces"


def test_a_malformed_command_line_exits_2() -> None:
    result = _mockserver("serve", "--port", "http")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (
        result.stderr.strip().splitlines()[-1]
        == "Error: Invalid value for '--port' / '-p': 'http' is not a valid integer range."
    )


def test_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _mockserver("serve", "pds", "--port", str(port))
    assert _one_line_error(result, 1).startswith(f"Error: cannot listen on 127.0.0.1:{port}: ")


def test_top_level_help_shows_whole_command_summaries() -> None:
    result = _mockserver("--help")
    assert result.returncode == 0
    assert "Serve every spec (each under /<api>), or the SPECs given." in result.stdout
    assert "Print an unsigned Data HUB token the mock accepts." in result.stdout
    commands = result.stdout.split("Commands:", 1)[1]
    assert "..." not in commands  # click's cut-off summaries end so
    assert "Exit codes" in result.stdout


def test_every_serve_option_has_help_and_is_in_the_readmes() -> None:
    from mockserver.cli import serve

    root = Path(__file__).resolve().parents[2]
    readmes = (root / "README.md").read_text() + (root / "mockserver" / "README.md").read_text()
    for param in serve.params:
        if isinstance(param, click.Option):
            assert param.help, param.name
            assert param.opts[0] in readmes, f"{param.opts[0]} is not documented in the READMEs"
