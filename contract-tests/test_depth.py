"""The depth rule of the contract run: every operation must get a documented 2xx from generated data,
also when pytest-xdist spreads the suites over workers that each count a share."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from conftest import COUNTERS_KEY, PROXY_KEY, ApiCounters, pytest_sessionfinish, pytest_testnodedown
from test_stateful import scenario_settings

LABELS = {"POST /things", "GET /things/{id}", "DELETE /things/{id}"}


def measured() -> ApiCounters:
    """Counters of an API whose fuzzing and stateful phases both ran, nothing answered yet."""
    return ApiCounters(spec_operations=set(LABELS), phases={"examples", "fuzzing", "stateful"})


def test_only_documented_successes_of_generated_data_count() -> None:
    tally = measured()
    tally.record("POST /things", "examples", 201, documented=True)  # the spec's own example
    tally.record("GET /things/{id}", "fuzzing", 404, documented=True)  # never reached the logic
    tally.record("DELETE /things/{id}", "stateful", 299, documented=False)  # a 2xx the spec does not know
    assert tally.unreached == sorted(LABELS)
    tally.record("POST /things", "fuzzing", 201, documented=True)
    tally.record("GET /things/{id}", "stateful", 200, documented=True)
    assert tally.unreached == ["DELETE /things/{id}"]


def test_depth_is_measured_only_when_both_phases_ran() -> None:
    tally = ApiCounters(spec_operations=set(LABELS), phases={"examples", "fuzzing"})
    assert not tally.depth_measured
    tally.phases.add("stateful")
    assert tally.depth_measured


class FakeConfig:
    """What the hook reads of pytest's config: the options and the counters of the run."""

    def __init__(self, counters: dict[str, ApiCounters], **options: Any) -> None:
        self.stash = pytest.Stash()
        self.stash[COUNTERS_KEY] = counters
        self.options = options

    def getoption(self, name: str) -> Any:
        return self.options.get(name)


def finish(counters: dict[str, ApiCounters], **options: Any) -> int:
    return finish_config(FakeConfig(counters, **options))


def finish_config(config: FakeConfig) -> int:
    session = SimpleNamespace(config=config, exitstatus=pytest.ExitCode.OK)
    pytest_sessionfinish(session, pytest.ExitCode.OK)  # type: ignore[arg-type]
    return int(session.exitstatus)


def worker(
    counters: dict[str, ApiCounters], findings: list[dict[str, Any]] | None = None, **options: Any
) -> FakeConfig:
    """A pytest-xdist worker's config after its session finished: what it hands over."""
    config = FakeConfig(counters, **options)
    if findings is not None:
        config.stash[PROXY_KEY] = findings
    config.workeroutput = {}  # type: ignore[attr-defined]
    assert finish_config(config) == pytest.ExitCode.OK  # a worker decides nothing
    return config


def node_down(controller: FakeConfig, finished: FakeConfig) -> None:
    node = SimpleNamespace(config=controller, workeroutput=finished.workeroutput)  # type: ignore[attr-defined]
    pytest_testnodedown(node, None)


def test_with_require_depth_the_run_fails_while_an_operation_is_unreached() -> None:
    shallow = measured()
    for label in LABELS - {"DELETE /things/{id}"}:
        shallow.record(label, "fuzzing", 200, documented=True)
    required = {"--require-depth": "all"}
    assert finish({"things": shallow}, **required) == pytest.ExitCode.TESTS_FAILED
    assert finish({"things": shallow}) == pytest.ExitCode.OK  # reported only
    live = {"--base-url": "https://live.example"}
    assert finish({"things": shallow}, **required, **live) == pytest.ExitCode.OK
    shallow.record("DELETE /things/{id}", "stateful", 204, documented=True)
    assert finish({"things": shallow}, **required) == pytest.ExitCode.OK


def test_require_depth_can_name_the_apis_it_holds_to_it() -> None:
    shallow = measured()
    deep = measured()
    for label in LABELS:
        deep.record(label, "stateful", 200, documented=True)
    counters = {"shallow": shallow, "deep": deep}
    assert finish(counters, **{"--require-depth": "deep"}) == pytest.ExitCode.OK
    assert finish(counters, **{"--require-depth": "deep,shallow"}) == pytest.ExitCode.TESTS_FAILED


def test_under_xdist_the_controller_adds_up_what_each_worker_counted() -> None:
    first, second = measured(), measured()
    first.phases, second.phases = {"examples", "fuzzing"}, {"coverage", "stateful"}
    first.operations, second.operations = {"POST /things"}, {"POST /things", "GET /things/{id}"}
    first.cases, second.cases, second.steps, second.link_transitions = 7, 5, 8, 3
    first.record("POST /things", "fuzzing", 201, documented=True)
    second.record("GET /things/{id}", "stateful", 200, documented=True)
    required = {"--require-depth": "all"}
    controller = FakeConfig({}, **required)
    node_down(controller, worker({"things": first}, None, **required))
    node_down(controller, worker({"things": second}, None, **required))
    total = controller.stash[COUNTERS_KEY]["things"]
    assert total.phases == {"examples", "coverage", "fuzzing", "stateful"}
    assert total.operations == {"POST /things", "GET /things/{id}"}
    assert (total.cases, total.steps, total.link_transitions) == (12, 8, 3)
    assert total.depth_measured
    assert total.unreached == ["DELETE /things/{id}"]
    # Neither worker alone saw the whole API: the controller fails the run on the sum.
    assert finish_config(controller) == pytest.ExitCode.TESTS_FAILED


def test_under_xdist_the_proxy_findings_of_every_worker_reach_the_controller() -> None:
    controller = FakeConfig({})
    for path in ("/a", "/b"):
        finding: dict[str, Any] = {"method": "GET", "path": path, "status": 200, "violations": []}
        node_down(controller, worker({}, [finding]))
    assert [entry["path"] for entry in controller.stash[PROXY_KEY]] == ["/a", "/b"]


def test_a_run_walks_as_many_scenarios_as_the_settings_give_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    # schemathesis.toml gives Omnistrate 300 stateful scenarios, as many as a plain run needs to reach
    # every operation; a --full or local run honours it, the short CI run keeps its budget.
    monkeypatch.delenv("CI", raising=False)
    full = FakeConfig({}, **{"--full": True})
    assert scenario_settings(full, 100, 300).max_examples == 300  # type: ignore[arg-type]
    assert scenario_settings(full, 100, None).max_examples == 100  # type: ignore[arg-type]
    assert scenario_settings(full, 100, 300).stateful_step_count == 100  # type: ignore[arg-type]
    monkeypatch.setenv("CI", "true")
    short = FakeConfig({})
    assert scenario_settings(short, 100, 300).max_examples == 25  # type: ignore[arg-type]
    assert scenario_settings(short, 100, 300).stateful_step_count == 20  # type: ignore[arg-type]
    assert scenario_settings(full, 100, 300).max_examples == 300  # type: ignore[arg-type]
