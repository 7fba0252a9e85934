"""Options and fixtures of the contract suites: which APIs, which target, how hard to fuzz."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator

import pytest

import specs
from mockserver import DEFAULT_TOKEN
from mockserver.testing import running_server

TARGETS = ("mock", "prism")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "contract tests")
    group.addoption(
        "--api", action="append", default=[], help="Only this API (repeatable). Default: every spec."
    )
    group.addoption("--base-url", default=None, help="Run against this live deployment instead of the mock.")
    group.addoption("--token", default=None, help="Bearer token for the target (default: the mock's).")
    group.addoption(
        "--allow-writes",
        action="store_true",
        help="Against a live --base-url, also run operations that change state (default: GET and HEAD only).",
    )
    group.addoption(
        "--max-examples",
        type=int,
        default=int(os.environ.get("CONTRACT_MAX_EXAMPLES", "0")) or None,
        help="Generated cases per operation and phase (default: 10 under CI=true, else 25; --full: 100).",
    )
    group.addoption("--full", action="store_true", help="Fuzz hard: at least 100 examples per operation.")
    group.addoption(
        "--target",
        choices=TARGETS,
        default="mock",
        help="Who answers: our mock server (default) or Stoplight Prism, one process per spec "
        "(installed by `nox -s prism`; see prism_runner.py).",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--target") == "prism" and config.getoption("--base-url"):
        raise pytest.UsageError("--target prism and --base-url exclude each other")


def selected_apis(config: pytest.Config) -> list[str]:
    chosen: list[str] = config.getoption("--api") or specs.api_names()
    unknown = sorted(set(chosen) - set(specs.api_names()))
    if unknown:
        raise pytest.UsageError(f"unknown --api {', '.join(unknown)}; known: {', '.join(specs.api_names())}")
    return chosen


def max_examples(config: pytest.Config) -> int:
    if config.getoption("--full"):
        return max(100, config.getoption("--max-examples") or 0)
    explicit: int | None = config.getoption("--max-examples")
    return explicit or (10 if os.environ.get("CI") == "true" else 25)


@pytest.fixture(scope="session")
def token(request: pytest.FixtureRequest) -> str:
    value: str = request.config.getoption("--token") or DEFAULT_TOKEN
    return value


@pytest.fixture(scope="session")
def mock_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A real mock server process (every spec, each under /<api>), or the live --base-url."""
    live: str | None = request.config.getoption("--base-url")
    if live:
        yield live.rstrip("/")
        return
    apis = selected_apis(request.config)
    with running_server(apis, args=["--mount"] if len(apis) == 1 else []) as url:
        yield url


def target_name(config: pytest.Config) -> str:
    value: str = config.getoption("--target")
    return value


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest) -> str:
    """`mock` or `prism` (--target)."""
    return target_name(request.config)


@pytest.fixture(scope="module")
def static_target(request: pytest.FixtureRequest, target: str) -> Iterator[Callable[[str], str]]:
    """The base URL of each API on the chosen target, answering from the spec alone.

    mock: one `mockserver serve --static` process with every selected API under /<api>.
    prism: one `prism mock SPEC` (static: first example, else a schema sample) per API, started on
    first use and stopped by PID when the module ends.
    """
    apis = selected_apis(request.config)
    if target == "mock":
        with running_server(apis, args=["--static", *(["--mount"] if len(apis) == 1 else [])]) as url:
            yield lambda api: f"{url}/{api}"
        return
    import prism_runner

    with contextlib.ExitStack() as stack:
        started: dict[str, str] = {}

        def url_of(api: str) -> str:
            if api not in started:
                prism = stack.enter_context(prism_runner.running_prism(specs.resolve(api)[1]))
                started[api] = prism.url
            return started[api]

        yield url_of
