"""The depth rule of the contract run: every operation must get a documented 2xx from generated data."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from conftest import COUNTERS_KEY, ApiCounters, pytest_sessionfinish

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
    session = SimpleNamespace(config=FakeConfig(counters, **options), exitstatus=pytest.ExitCode.OK)
    pytest_sessionfinish(session, pytest.ExitCode.OK)  # type: ignore[arg-type]
    return int(session.exitstatus)


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
