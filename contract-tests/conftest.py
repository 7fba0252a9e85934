"""Options and fixtures of the contract suites: which APIs, which target, how hard to fuzz."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import httpx
import pytest
from schemathesis.pytest.reporting import PytestReportDispatcher
from schemathesis.reporting.har import HarWriter
from schemathesis.reporting.junitxml import JunitXmlWriter
from schemathesis.schemas import BaseSchema

import specs
from generator import controlplane
from mockserver import DEFAULT_TOKEN
from mockserver.testing import running_server

TARGETS = ("mock", "prism")
REPORTS = Path(__file__).resolve().parent.parent / "reports"
PHASE_ORDER = ("examples", "coverage", "fuzzing", "stateful")
SHOWN_FINDINGS = 20
# The phases whose documented successes count as depth: generated data, not the spec's own examples.
DEPTH_PHASES = frozenset({"fuzzing", "stateful"})


@dataclass
class ApiCounters:
    """What the schemathesis suites did to one API, for the summary at the end of the run."""

    operations: set[str] = field(default_factory=set)
    phases: set[str] = field(default_factory=set)
    cases: int = 0
    steps: int = 0
    link_transitions: int = 0
    inferred_transitions: int = 0
    failures: int = 0
    # Every operation of the spec, and those that got a documented 2xx in the fuzzing or stateful
    # phase: what the depth column shows and what the run requires of the mock.
    spec_operations: set[str] = field(default_factory=set)
    succeeded: set[str] = field(default_factory=set)

    def record(self, label: str, phase: str | None, status: int, *, documented: bool) -> None:
        """One answer to `label` in `phase`: a documented 2xx of a depth phase counts as reached."""
        if documented and phase in DEPTH_PHASES and 200 <= status < 300:
            self.succeeded.add(label)

    def merge(self, other: ApiCounters) -> None:
        """Add what `other` counted (another pytest-xdist worker's share of the same API)."""
        for name in (f.name for f in fields(self)):
            mine, theirs = getattr(self, name), getattr(other, name)
            setattr(self, name, mine | theirs if isinstance(mine, set) else mine + theirs)

    @property
    def depth_measured(self) -> bool:
        """Whether both depth phases ran over this API, so that the depth figure means something."""
        return self.phases >= DEPTH_PHASES and bool(self.spec_operations)

    @property
    def unreached(self) -> list[str]:
        """Operations of the spec without a documented success in the depth phases, sorted."""
        return sorted(self.spec_operations - self.succeeded)


COUNTERS_KEY = pytest.StashKey[dict[str, ApiCounters]]()
# What `mockserver proxy` saw break the contract in the target's answers (--through-proxy).
PROXY_KEY = pytest.StashKey[list[dict[str, Any]]]()
# Under pytest-xdist each worker counts only its own tests; it hands its counters (and the proxy's
# findings) over in `workeroutput` when it finishes, and the controlling process, which prints the
# summary and decides --require-depth, adds them up (pytest_testnodedown).
COUNTERS_OUTPUT = "contract_counters"
PROXY_OUTPUT = "contract_proxy_findings"


def counters(config: pytest.Config, api: str) -> ApiCounters:
    """The counters of `api` in this run (created on first use)."""
    return config.stash.setdefault(COUNTERS_KEY, {}).setdefault(api, ApiCounters())


def reports_dir(api: str) -> Path:
    """reports/<api>/ (gitignored): the JUnit XML and HAR files of the schemathesis suites."""
    path = REPORTS / api
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def recording(schema: BaseSchema, api: str, name: str) -> Iterator[None]:
    """Every call made through `schema` (and its per-operation copies) into reports/<api>/<name>.*.

    A JUnit XML test case per operation (its failed checks included) and a HAR of every request and
    answer. Written here rather than by schemathesis' own report config, whose pytest plugin needs
    `allure-pytest` installed as soon as any report is asked for (schemathesis 4.32.5).
    """
    directory = reports_dir(api)
    dispatcher = PytestReportDispatcher(schema)
    har = HarWriter(output=directory / f"{name}.har.json", config=schema.config.output)
    junit = JunitXmlWriter(output=directory / f"{name}.junit.xml", config=schema.config.output)
    har.open()
    try:
        yield
    finally:
        dispatcher.unregister()
        for label in list(dispatcher._recorders):
            popped = dispatcher.pop_recorder(label)
            if popped is not None:
                recorder, _ = popped
                har.write(recorder)
                # The time this operation's requests took, not the wall time since its first call
                # (the operations of one test interleave with each other and with shrinking).
                answered = [i.response for i in recorder.interactions.values() if i.response is not None]
                elapsed = sum(response.elapsed for response in answered)
                junit.write(recorder, elapsed)
        har.close()
        junit.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "contract tests")
    group.addoption(
        "--api", action="append", default=[], help="Only this API (repeatable). Default: every spec."
    )
    group.addoption("--base-url", default=None, help="Run against this live deployment instead of the mock.")
    group.addoption("--token", default=None, help="Bearer token for the target (default: the mock's).")
    group.addoption(
        "--through-proxy",
        action="store_true",
        help="With --base-url: send the over-socket suites through `mockserver proxy`, which checks "
        "every answer of the target against the spec; the summary lists the answers that broke it.",
    )
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
        "--require-depth",
        nargs="?",
        const="all",
        default=None,
        metavar="APIS",
        help="Fail the run when an operation never got a documented 2xx in the fuzzing or stateful "
        "phase (both must have run against the mock): of every API, or of the comma-separated APIS "
        "given. Without it the summary reports them only.",
    )
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
    if config.getoption("--through-proxy") and (
        not config.getoption("--base-url") or len(config.getoption("--api")) != 1
    ):
        raise pytest.UsageError("--through-proxy needs --base-url and one --api: the API served there")


def _api_of(nodeid: str) -> str | None:
    """The API a schemathesis test belongs to, from its node id (`test_<api>_...`), if any."""
    name = nodeid.rsplit("::", maxsplit=1)[-1]
    for api in specs.api_names():
        if name.startswith((f"test_{api}_", f"test_stateful[{api}]")):
            return api
    return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Per-API figures of the schemathesis suites, and what a live run touched."""
    for report in terminalreporter.stats.get("failed", []):
        api = _api_of(getattr(report, "nodeid", ""))
        if api is not None:
            counters(config, api).failures += 1
    by_api = config.stash.get(COUNTERS_KEY, {})
    if not by_api:
        return
    live: str | None = config.getoption("--base-url")
    write = terminalreporter.write_line
    terminalreporter.write_sep("=", "contract summary (schemathesis)")
    if live:
        mode = (
            "reads and writes (--allow-writes)"
            if config.getoption("--allow-writes")
            else "read-only (GET, HEAD)"
        )
        write(f"target: live deployment {live} -- {mode}")
        if config.getoption("--through-proxy"):
            write("through: mockserver proxy (every answer checked against the spec)")
    else:
        write(f"target: {target_name(config)} (in process and over a socket)")
    columns = (
        ("operations", 11),
        ("2xx/total", 11),
        ("cases", 8),
        ("steps", 7),
        ("links", 7),
        ("inferred", 9),
        ("failures", 9),
    )
    # Rows are APIs, and documents of an API beyond its spec (`datum/compute`, ...).
    name_width = max(12, *(len(api) + 2 for api in by_api))
    write(f"{'api':<{name_width}}" + "".join(f"{name:>{width}}" for name, width in columns) + "  phases")
    for api in sorted(by_api):
        c = by_api[api]
        phases = ", ".join(p for p in PHASE_ORDER if p in c.phases) or "-"
        depth = (
            f"{len(c.succeeded & c.spec_operations)}/{len(c.spec_operations)}" if c.depth_measured else "-"
        )
        write(
            f"{api:<{name_width}}{len(c.operations):>11}{depth:>11}{c.cases:>8}{c.steps:>7}{c.link_transitions:>7}"
            f"{c.inferred_transitions:>9}{c.failures:>9}  {phases}"
        )
    write("2xx/total: operations that got a documented 2xx in the fuzzing or stateful phase / all of them")
    write("links: stateful steps that followed an OpenAPI link of the spec")
    write("inferred: stateful steps that followed a link schemathesis inferred from the schemas")
    for api in sorted(by_api):
        if by_api[api].depth_measured and by_api[api].unreached:
            write(f"{api}: never a documented 2xx in the fuzzing or stateful phase:", red=True)
            for label in by_api[api].unreached:
                write(f"  {label}", red=True)
    if REPORTS.is_dir():
        write(f"reports (JUnit XML, HAR): {REPORTS}/<api>/")
    if PROXY_KEY in config.stash:
        _write_proxy_findings(terminalreporter, config.stash[PROXY_KEY])


def _write_proxy_findings(terminalreporter: pytest.TerminalReporter, entries: list[dict[str, Any]]) -> None:
    """The target's answers that broke the contract, as the proxy's journal recorded them."""
    broken = [e for e in entries if any(v["location"][:1] == ["response"] for v in e["violations"])]
    terminalreporter.write_sep("=", f"answers that broke the contract (mockserver proxy): {len(broken)}")
    for entry in broken[:SHOWN_FINDINGS]:
        terminalreporter.write_line(f"{entry['method']} {entry['path']} -> {entry['status']}", red=True)
        for violation in entry["violations"]:
            if violation["location"][:1] == ["response"]:
                where = ".".join(str(part) for part in violation["location"])
                terminalreporter.write_line(f"  {where}: {violation['message']}")
    if len(broken) > SHOWN_FINDINGS:
        terminalreporter.write_line(f"... and {len(broken) - SHOWN_FINDINGS} more (the proxy's journal)")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With --require-depth, fail the run when an operation of a required API never reached a
    documented success (ApiCounters.unreached). The contract session requires it of the APIs the CI
    budget (10 examples, 25 scenarios) reaches in full; the summary lists the rest either way.

    A pytest-xdist worker decides nothing: it hands what it counted to the controlling process."""
    config = session.config
    output: dict[str, Any] | None = getattr(config, "workeroutput", None)
    if output is not None:
        output[COUNTERS_OUTPUT] = {api: asdict(c) for api, c in config.stash.get(COUNTERS_KEY, {}).items()}
        if PROXY_KEY in config.stash:
            output[PROXY_OUTPUT] = config.stash[PROXY_KEY]
        return
    required = config.getoption("--require-depth")
    if not required or config.getoption("--base-url"):
        return
    apis = None if required == "all" else set(str(required).split(","))
    shallow = [
        api
        for api, c in config.stash.get(COUNTERS_KEY, {}).items()
        if c.depth_measured and c.unreached and (apis is None or api in apis)
    ]
    if shallow and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: only called when it runs the tests
def pytest_testnodedown(node: Any, error: object | None) -> None:
    """Add a finished worker's counters and proxy findings to the controlling process's."""
    config: pytest.Config = node.config
    output: dict[str, Any] = getattr(node, "workeroutput", {})
    for api, counted in output.get(COUNTERS_OUTPUT, {}).items():
        counters(config, api).merge(ApiCounters(**counted))
    if PROXY_OUTPUT in output:
        config.stash.setdefault(PROXY_KEY, []).extend(output[PROXY_OUTPUT])


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
    if live and request.config.getoption("--through-proxy"):
        # One API at the proxy's root, so that its URLs mirror the target's. Violations are read from
        # its journal: logged (warnings), they would fill the output pipe nobody reads and stall it.
        args = ["--upstream", live.rstrip("/"), "--log-level", "error"]
        with running_server(selected_apis(request.config), args=args, command_name="proxy") as url:
            yield url
            request.config.stash[PROXY_KEY] = _violations(url)
        return
    if live:
        yield live.rstrip("/")
        return
    apis = selected_apis(request.config)
    with running_server(apis, args=["--mount"] if len(apis) == 1 else []) as url:
        yield url


def _violations(proxy: str) -> list[dict[str, Any]]:
    """The proxy's journal of exchanges with violations (its last 1,000 requests at most)."""
    answer = httpx.get(
        f"{proxy}/__mock/journal",
        params={"violations": "true", "summary": "true"},
        headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},  # the proxy's admin token: ours
        timeout=30,
    )
    answer.raise_for_status()
    entries: list[dict[str, Any]] = answer.json()["entries"]
    return entries


def target_name(config: pytest.Config) -> str:
    value: str = config.getoption("--target")
    return value


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest) -> str:
    """`mock` or `prism` (--target)."""
    return target_name(request.config)


def static_sources(apis: list[str]) -> list[str]:
    """What the static targets serve for `apis`: each API's spec and, with Datum, each project
    control plane document of its typed SDK (by path), which the mock serves under /<file stem>."""
    sources = list(apis)
    if "datum" in apis:
        _, groups = controlplane.load_table()
        sources += [str(controlplane.OUTPUT_DIR / group.file_name) for group in groups if group.sdk]
    return sources


@pytest.fixture(scope="module")
def static_target(request: pytest.FixtureRequest, target: str) -> Iterator[Callable[[str], str]]:
    """The base URL of each source (an API name, or a document path of `static_sources`) on the
    chosen target, answering from the spec alone.

    mock: one `mockserver serve --static` process with every selected source under /<api> (a
    document under /<its file stem>, where it answers at its own paths, `/apis/<group>/...`).
    prism: one `prism mock SPEC` (static: first example, else a schema sample) per source, started
    on first use and stopped by PID when the module ends.
    """
    sources = static_sources(selected_apis(request.config))
    if target == "mock":
        with running_server(sources, args=["--static", *(["--mount"] if len(sources) == 1 else [])]) as url:
            yield lambda source: f"{url}/{specs.resolve(source)[0]}"
        return
    import prism_runner

    with contextlib.ExitStack() as stack:
        started: dict[str, str] = {}

        def url_of(source: str) -> str:
            if source not in started:
                prism = stack.enter_context(prism_runner.running_prism(specs.resolve(source)[1]))
                started[source] = prism.url
            return started[source]

        yield url_of
