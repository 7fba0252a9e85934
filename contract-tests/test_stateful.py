"""Schemathesis' stateful phase per API, in process: scenarios that follow the specs' OpenAPI links.

`schema.as_state_machine()` chains operations through the links of each spec (a create's answer
feeds the id of the read, update and delete that follow) and through the links schemathesis infers
from the schemas, running every default check on every step, the stateful ones included
(use_after_free, ensure_resource_availability). The mock's state is reset before each scenario, so
a scenario replays the same way when Hypothesis shrinks it. Every step is counted: the summary at
the end of the run shows, per API, how many steps followed a link of the spec and how many an
inferred one. JUnit XML and a HAR of every scenario go to reports/<api>/stateful.*.
"""

from __future__ import annotations

import os
import time
from typing import Any

import hypothesis
import pytest
from conftest import ApiCounters, counters, max_examples, reports_dir, selected_apis, target_name
from schemathesis.engine import Status
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.generation.stateful.state_machine import APIStateMachine, StepInput, StepOutput
from schemathesis.reporting.har import HarWriter
from schemathesis.reporting.junitxml import JunitXmlWriter
from test_schemathesis import IN_PROCESS_BASE, _schema, operation_labels, record_answer

import specs
from mockserver import MockOptions, create_app
from mockserver.app import MockApp

# Steps per scenario of the short CI run (25 scenarios): what its minutes allow.
CI_MAX_STEPS = 20


def scenario_settings(config: pytest.Config, steps: int, scenarios: int | None = None) -> hypothesis.settings:
    """Scenarios (few under CI=true, many with --full) of `steps` steps at most: schemathesis.toml's
    `phases.stateful.max-steps`, so that the harness walks the links as deep as a plain run does;
    the short CI run (CI=true without --full) caps them at CI_MAX_STEPS. `scenarios` is the spec's
    own count from the file (`phases.stateful.generation.max-examples`, 300 for Omnistrate), which
    every run but the short CI one honours when it is above the run's examples per operation."""
    ci = os.environ.get("CI") == "true"
    full = bool(config.getoption("--full"))
    short = ci and not full
    return hypothesis.settings(
        max_examples=25 if short else max(max_examples(config), scenarios or 0),
        stateful_step_count=min(steps, CI_MAX_STEPS) if short else steps,
        deadline=None,
        derandomize=ci,
        database=None,
        phases=[hypothesis.Phase.generate, hypothesis.Phase.shrink],
        suppress_health_check=list(hypothesis.HealthCheck),
    )


def counted_machine(
    base: type[APIStateMachine], app: MockApp, tally: ApiCounters, har: HarWriter, junit: JunitXmlWriter
) -> type[APIStateMachine]:
    """`base` with a fresh mock for every scenario, each step counted and each scenario recorded."""

    class Counted(base):  # type: ignore[valid-type, misc]
        recorder: ScenarioRecorder

        def setup(self) -> None:
            app.control.reset()
            self._started = time.monotonic()
            super().setup()

        def step(self, input: StepInput) -> StepOutput:
            tally.steps += 1
            tally.operations.add(input.case.operation.label)
            transition = input.transition
            if transition is not None and input.is_applied:
                if transition.is_inferred:
                    tally.inferred_transitions += 1
                else:
                    tally.link_transitions += 1
            output: StepOutput = super().step(input)
            record_answer(tally, input.case, output.response.status_code)
            return output

        def teardown(self) -> None:
            har.write(self.recorder)
            junit.write(self.recorder, time.monotonic() - self._started)
            super().teardown()

    return Counted


@pytest.mark.parametrize("api", specs.api_names())
def test_stateful(api: str, request: pytest.FixtureRequest, token: str) -> None:
    config = request.config
    if target_name(config) == "prism":
        pytest.skip("--target prism: Prism keeps no state")
    if api not in selected_apis(config):
        pytest.skip(f"{api} not selected")
    if config.getoption("--base-url"):
        pytest.skip("live target: the stateful phase writes; it runs against the mock only")
    # A fixed seed for the mock's ids: with derandomize (CI) a run replays exactly.
    app = create_app([api], MockOptions(seed=0))
    schema = _schema(api, IN_PROCESS_BASE, token, max_examples(config), app=app)
    if os.environ.get("CI") == "true":
        # The short CI run follows the spec's own links only, so its few steps walk them for sure.
        schema.config.phases.stateful.inference.algorithms = []
    tally = counters(config, api)
    tally.phases.add("stateful")
    tally.spec_operations |= operation_labels(schema)
    directory = reports_dir(api)
    har = HarWriter(output=directory / "stateful.har.json", config=schema.config.output)
    junit = JunitXmlWriter(output=directory / "stateful.junit.xml", config=schema.config.output)
    har.open()
    machine = counted_machine(schema.as_state_machine(), app, tally, har, junit)
    try:
        stateful = schema.config.phases.stateful
        machine.run(settings=scenario_settings(config, stateful.max_steps, stateful.generation.max_examples))
    except BaseException as error:
        failed = ScenarioRecorder(label=f"Stateful tests ({api})", config=schema.config.output)
        junit.write(failed, status=Status.FAILURE, message=str(error))
        raise
    finally:
        har.close()
        junit.close()
        app.close()
    # The specs link every create to the operations on what it created: those chains must be walked.
    if _has_links(api):
        assert tally.link_transitions > 0, f"{api}: no stateful step followed an OpenAPI link of the spec"


def _has_links(api: str) -> bool:
    """Whether any response of the spec (inline or under components) declares OpenAPI links."""
    document: dict[str, Any] = specs.load(api)
    responses: list[Any] = list(document.get("components", {}).get("responses", {}).values())
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                responses.extend((operation.get("responses") or {}).values())
    return any(isinstance(response, dict) and response.get("links") for response in responses)
