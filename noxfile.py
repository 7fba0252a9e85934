"""The one task runner: `nox` runs what CI runs; `nox -s NAME -- ARGS` narrows or extends a session."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.error_on_missing_interpreters = True
nox.options.reuse_existing_virtualenvs = True
# `nox` alone runs the whole gate: the README's test command.
nox.options.sessions = ["lint", "typecheck", "check", "tests", "contract"]

ROOT = Path(__file__).parent
SDKS = sorted(str(p.parent) for p in ROOT.glob("sdk/*/pyproject.toml"))
HAND_WRITTEN = ["specs", "mockserver", "generator", "contract-tests", "tests", "noxfile.py"]
PYTEST_FLAGS = ["--strict-config", "--strict-markers", "-ra", "--durations=10", "-p", "no:cacheprovider"]


def _pin(name: str) -> str:
    """The exact pin pyproject.toml's generator extra holds, so lint and generation agree."""
    extras: dict[str, list[str]] = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    return next(spec for spec in extras["generator"] if spec.split("==")[0] == name)


def _install_all(session: nox.Session) -> None:
    session.install("-e", ".[generator,test]", *SDKS)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on hand-written code."""
    session.install(_pin("ruff"))
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on hand-written code (settings in pyproject.toml)."""
    _install_all(session)
    session.install("mypy", "types-PyYAML", "types-jsonschema", "nox")
    session.run("mypy", *HAND_WRITTEN)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate sdk/<api> from specs/ (all, or the APIs given after --)."""
    session.install("-e", ".[generator]")
    session.run("python", "-m", "generator", "generate", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Validate every spec and example, compare with the seed inventories, fail on SDK drift."""
    session.install("-e", ".[generator]")
    session.run("python", "-m", "generator", "check", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Unit and behaviour tests of the mock server, generator and SDK extras (tests/)."""
    _install_all(session)
    session.run("pytest", *PYTEST_FLAGS, "tests", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis on every spec (in process and over a socket) and SDK round trips for every operation.

    Pass pytest options after --: `--api NAME`, `--full` (100 examples per operation),
    `--base-url URL --token TOKEN` for a live deployment.
    """
    _install_all(session)
    session.run("pytest", *PYTEST_FLAGS, "contract-tests", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Speed and memory figures: every benchmarks/bench_*.py, each printing its own table."""
    _install_all(session)
    scripts = sorted(ROOT.glob("benchmarks/bench_*.py"))
    if not scripts:
        session.error("no benchmarks/bench_*.py to run")
    for script in scripts:
        session.run("python", str(script), *session.posargs)


@nox.session
def serve(session: nox.Session) -> None:
    """Install and start the mock server with every spec (arguments after -- go to `mockserver serve`)."""
    session.install(".")
    session.run("mockserver", "serve", *session.posargs, env={"PYTHONUNBUFFERED": "1", **os.environ})
