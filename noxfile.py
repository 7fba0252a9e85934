"""The one task runner: `nox` runs what CI runs; `nox -s NAME -- ARGS` narrows or extends a session."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.error_on_missing_interpreters = True
nox.options.reuse_existing_virtualenvs = True
# `nox` alone runs the whole gate: the README's test command. `prerequisites` comes first: it checks
# in a second what `prism` (last, about 3 minutes with CI=true) needs from outside Python.
nox.options.sessions = ["prerequisites", "lint", "typecheck", "check", "tests", "contract", "prism"]

ROOT = Path(__file__).parent
SDKS = sorted(str(p.parent) for p in ROOT.glob("sdk/*/pyproject.toml"))
HAND_WRITTEN = [
    "specs",
    "mockserver",
    "generator",
    "pytest_summaries",
    "contract-tests",
    "tests",
    "benchmarks",
    "noxfile.py",
]
PRISM_DIR = ROOT / ".cache" / "prism"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
PYTEST_FLAGS = ["--strict-config", "--strict-markers", "-ra", "--durations=10", "-p", "no:cacheprovider"]
# One pytest-xdist worker per core; tests marked xdist_group(NAME) share one worker (and the processes
# their fixtures start). Each worker starts a module's module-scoped servers once, when it first
# runs one of its tests: xdist hands every worker its tests in collection order.
XDIST = ["-n", "auto", "--dist", "loadgroup"]
NODE_MINIMUM = 18
# APIs the contract session holds to full depth (see `contract`): the CI budget (25 scenarios of 20
# steps) reaches every operation of Datum's organization API only.
DEPTH_COMPLETE = ["datum"]
# What `--full` holds to full depth (the project-control-plane documents' rows are reported, not
# required). Not Omnistrate: its resource instance read, update and delete sit three links below the
# service create (service -> offering -> instance -> by id), which the harness's state machine seldom
# walks (two instance creates in 1,000 scenarios measured); a plain `schemathesis run` reaches them
# (benchmarks/plain_depth.py).
DEPTH_FULL = ["datahub", "datum", "pds"]
MISSING_NODE = (
    "Node.js {minimum}+ and npm must be on PATH: the `prism` session installs Stoplight Prism from npm "
    "and runs the contract suites against it. Install Node.js (it brings npm), or run the other "
    "sessions alone: nox -s lint typecheck check tests contract"
)

if shutil.which("npm") is None or shutil.which("node") is None:
    # Without them the gate cannot pass: stop at `prerequisites`, before minutes of other sessions.
    nox.options.stop_on_first_error = True


def _pin(name: str) -> str:
    """The exact pin pyproject.toml's generator extra holds, so lint and generation agree."""
    extras: dict[str, list[str]] = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    return next(spec for spec in extras["generator"] if spec.split("==")[0] == name)


def _check_node(session: nox.Session) -> str:
    """npm's path once Node.js (NODE_MINIMUM or later) and npm are found; else the session fails."""
    message = MISSING_NODE.format(minimum=NODE_MINIMUM)
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        session.error(f"{'npm' if node else 'node'} not found. {message}")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout
    major = version.strip().lstrip("v").split(".")[0]
    if not major.isdigit() or int(major) < NODE_MINIMUM:
        session.error(f"node {version.strip() or '(no version)'} is too old. {message}")
    return npm


@nox.session(venv_backend="none")
def prerequisites(session: nox.Session) -> None:
    """Fail in a second when what the gate needs from outside Python is missing (Node.js and npm)."""
    _check_node(session)


def _install_all(session: nox.Session) -> None:
    session.install("-e", ".[generator,test]", *SDKS)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on hand-written code."""
    session.install(_pin("ruff"))
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)


# pyright as a pip package (it fetches its own Node runtime on first use); pinned so results do not flap.
PYRIGHT = "pyright==1.1.414"


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on hand-written code (settings in pyproject.toml); mypy --strict and pyright strict on
    every generated SDK package and on the example programs of `tests/sdk/typing/`."""
    _install_all(session)
    session.install("mypy", "types-PyYAML", "types-jsonschema", "nox", PYRIGHT)
    # Every SDK package in one run, named by its folder under sdk/ (each is a top-level package of its
    # own, so none shadows another): the standard library, httpx and attrs are analysed once, not once
    # per SDK. From sdk/, the repository's `exclude = ["^sdk/"]` does not drop them.
    packages = []
    for sdk in SDKS:
        project = tomllib.loads((Path(sdk) / "pyproject.toml").read_text())["project"]
        packages.append(str(Path(sdk).relative_to(ROOT / "sdk") / project["name"].replace("-", "_")))
    # The two mypy runs (about a minute each, one core each) side by side; each keeps its own cache.
    _run_together(session, (["mypy", *HAND_WRITTEN], ROOT), (["mypy", "--strict", *packages], ROOT / "sdk"))
    # pyright strict on the packages themselves (the longest check: on every core), then on the example
    # programs that use them.
    session.run("pyright", "--threads", str(os.cpu_count() or 1), "-p", "tests/sdk/typing/pyright-sdk.json")
    session.run("pyright", "-p", "tests/sdk/typing/pyrightconfig.json")


def _run_together(session: nox.Session, *commands: tuple[list[str], Path]) -> None:
    """Run `commands` (each an argument list and the folder to run it in) at the same time with the
    session's tools, then print each one's output in turn; fail naming those that failed."""
    paths = session.bin_paths or []  # none when nox runs without a virtualenv (`--no-venv`)
    env = {**os.environ, "PATH": os.pathsep.join([*paths, os.environ.get("PATH", "")])}
    with tempfile.TemporaryDirectory(prefix="nox-together-") as folder:
        running = []
        for index, (args, cwd) in enumerate(commands):
            output = open(Path(folder) / str(index), "w+b")  # noqa: SIM115 - closed below, once read
            session.log(f"{' '.join(args)} (in {cwd.relative_to(ROOT)}, alongside the others)")
            process = subprocess.Popen(args, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)
            running.append((args, output, process))
        failed = []
        for args, output, process in running:
            code = process.wait()
            output.seek(0)
            print(output.read().decode(errors="replace"), end="", flush=True)
            output.close()
            if code != 0:
                failed.append(f"{' '.join(args[:2])} ... (exit {code})")
    if failed:
        session.error(f"failed: {'; '.join(failed)}")


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
    """Unit and behaviour tests of the mock server, generator and SDK extras (tests/).

    Spread over one pytest-xdist worker per core (most tests wait on real mock processes); pass
    `-- -n 0` to run them in one process, e.g. with a debugger.
    """
    _install_all(session)
    session.run("pytest", *PYTEST_FLAGS, *XDIST, "tests", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis on every spec (in process and over a socket) and SDK round trips for every operation.

    Pass pytest options after --: `--api NAME`, `--full` (100 examples per operation),
    `--base-url URL --token TOKEN` for a live deployment, `--target prism` to run against Stoplight
    Prism instead of our mock (installs it from npm first; see the `prism` session). Spread over one
    pytest-xdist worker per core like `tests` (`-- -n 0` for one process); the summary table adds up
    what every worker counted.
    """
    _install_all(session)
    env = {}
    if _wants_prism(session.posargs):
        env["PRISM"] = _install_prism(session)
    # Depth is enforced for the APIs whose every operation the CI budget reaches (a documented 2xx
    # in the fuzzing or stateful phase); the others' unreached operations are listed in the summary.
    # `--full` (100 examples, 100 scenarios of schemathesis.toml's max-steps) requires it of DEPTH_FULL.
    required = DEPTH_FULL if "--full" in session.posargs else DEPTH_COMPLETE
    depth = f"--require-depth={','.join(required)}"
    session.run("pytest", *PYTEST_FLAGS, *XDIST, "contract-tests", depth, *session.posargs, env=env)


def _wants_prism(args: list[str]) -> bool:
    return "--target=prism" in args or any(
        a == "--target" and b == "prism" for a, b in itertools.pairwise(args)
    )


def _install_prism(session: nox.Session) -> str:
    """npm-install Stoplight Prism into .cache/prism (npm skips it when current); return its executable.

    A fresh CI machine has Node and npm but no Prism: a missing npm or a failing install ends the
    session with an error, never a silent skip.
    """
    npm = _check_node(session)
    session.run(
        npm, "install", "--prefix", str(PRISM_DIR), "--no-audit", "--no-fund", PRISM_PACKAGE, external=True
    )
    executable = PRISM_DIR / "node_modules" / ".bin" / "prism"
    if not executable.is_file():
        session.error(f"npm install {PRISM_PACKAGE} left no executable at {executable}")
    session.run(str(executable), "--version", external=True)
    return str(executable)


@nox.session
def prism(session: nox.Session) -> None:
    """The contract suites against Stoplight Prism (installed here from npm), one process per spec.

    Every spec must load in Prism without a warning; schemathesis runs the response checks against
    Prism's dynamic answers; every SDK operation round-trips against Prism, sync and async. Same
    options as `contract` after -- (`--api NAME`, `--max-examples N`, `--full`). On pytest-xdist too:
    every Prism process listens on a free port of its own, so each worker starts those it needs.
    """
    _check_node(session)  # before the minutes of installing
    _install_all(session)
    executable = _install_prism(session)
    session.run(
        "pytest",
        *PYTEST_FLAGS,
        *XDIST,
        "contract-tests",
        "--target",
        "prism",
        *session.posargs,
        env={"PRISM": executable},
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Speed and memory figures: every benchmarks/bench_*.py, each printing its own table."""
    _install_all(session)
    # The drivers bench_postgres_driver.py measures the PostgreSQL store's own against.
    session.install("psycopg-pool>=3.2,<4", "asyncpg>=0.29,<1")
    scripts = sorted(ROOT.glob("benchmarks/bench_*.py"))
    if not scripts:
        session.error("no benchmarks/bench_*.py to run")
    for script in scripts:
        session.run("python", str(script), *session.posargs)


@nox.session
def depth(session: nox.Session) -> None:
    """How deep a plain `schemathesis run` per API gets against the mock (opt-in: minutes per API):
    operations reaching a 2xx / total and the ones that never do, for each API and each Datum project
    control plane document. Arguments after -- go to benchmarks/plain_depth.py (API names or
    documents such as `datum/compute`, `--fuzzing-examples N`, `--reports DIR`)."""
    _install_all(session)
    session.run("python", "benchmarks/plain_depth.py", *session.posargs)


@nox.session
def serve(session: nox.Session) -> None:
    """Install and start the mock server with every spec (arguments after -- go to `mockserver serve`)."""
    session.install(".")
    session.run("mockserver", "serve", *session.posargs, env={"PYTHONUNBUFFERED": "1", **os.environ})
