"""Schemathesis over the project control plane's documents (specs/datum/project-control-plane/):
every operation in process against the mock serving the document (one Kubernetes API server per
group version, exactly what a project control plane serves for it), with the examples, coverage and
fuzzing phases, and the stateful phase following the documents' links from each create to the
read, replace, patch and delete of what it made (and to its status subresource).

They run when `datum` is selected (`--api datum`, or no `--api`). The documents hold 179 operations,
so each gets fewer generated cases than the other suites (3 per operation and phase under CI=true,
8 otherwise; `--max-examples`/`--full` raise it). The coverage phase runs on the list, read and
delete operations of each document's first kind (the others' are the same parameters on the same
engine), not on writes (create, replace, patch), whose boundary cases of CRD-sized bodies run into
the thousands per operation; every operation gets the examples, fuzzing and stateful phases. The
Kubernetes semantics the kinds share are one engine's, tested per verb in tests/mock_server.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from conftest import counters, max_examples, recording, selected_apis, target_name
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.schemas import OpenApiSchema
from test_schemathesis import IN_PROCESS_BASE, operation_labels, project_settings, record_answer, settings_for
from test_stateful import scenario_settings

import specs
from generator import controlplane
from mockserver import MockOptions, create_app

DOCUMENTS = controlplane.document_paths()
_WRITE_ACTIONS = ("post", "put", "patch")


def _write_statuses(settings: dict[str, Any]) -> list[str]:
    """What schemathesis.toml lets a schema-valid write of a Project answer (400 and 422 for the rules
    no schema states, besides a 2xx): one Kubernetes engine answers every kind's writes alike."""
    datum = project_settings(settings, specs.load(specs.resolve("datum")[1])["info"]["title"])
    for entry in datum.get("operations", []):
        statuses = entry.get("checks", {}).get("positive_data_acceptance", {}).get("expected-statuses")
        if statuses:
            return list(statuses)
    raise LookupError("schemathesis.toml sets no expected-statuses for Datum's writes")


def _operation_settings(document: Path, write_statuses: list[str]) -> list[dict[str, Any]]:
    """Per-operation settings of one document, grouped: writes accept the statuses of rules no
    schema states; the coverage phase runs on the first kind's non-writes only; every operation
    tolerates an object that outlives its DELETE (finalizers, a dry run)."""
    loaded = specs.load(document)
    first = loaded["tags"][0]["name"]
    groups: dict[str, tuple[list[str], dict[str, Any]]] = {}
    for item in loaded["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            action = op.get("x-kubernetes-action")
            checks: dict[str, Any] = {}
            if action in _WRITE_ACTIONS:
                checks["positive_data_acceptance"] = {"expected-statuses": write_statuses}
            # An object with finalizers outlives its DELETE (marked with a deletionTimestamp), and a
            # DELETE with `dryRun: [All]` in its body leaves it in place, as Kubernetes does, so any
            # later call may still find what schemathesis believes deleted.
            checks["use_after_free"] = {"enabled": False}
            coverage = action not in _WRITE_ACTIONS and first in op.get("tags", [])
            entry: dict[str, Any] = {"checks": checks} if checks else {}
            if not coverage:
                entry["phases"] = {"coverage": {"enabled": False}}
            if entry:
                key = repr(entry)
                groups.setdefault(key, ([], entry))[0].append(op["operationId"])
    return [{"include-operation-id": ids, **entry} for ids, entry in groups.values()]


def _examples(config: pytest.Config) -> int:
    if config.getoption("--full") or config.getoption("--max-examples"):
        return max_examples(config)
    return 3 if os.environ.get("CI") == "true" else 8


def _schema(document: Path, token: str, examples: int, app: Any) -> OpenApiSchema:
    # As for Projects: a schema-valid write can break a rule no JSON Schema states (a body naming
    # another namespace or name than the URL: 400; a JSON patch whose path is not in the object, or
    # an apply patch that is no manifest: 422), and is answered with the status documented for it.
    # The coverage phase walks every boundary of every body field (thousands of cases per write of
    # a CRD-sized kind), and the list, read and delete operations are the same for every kind (the
    # same parameters, one engine): it runs on the first kind's non-writes of each document.
    # Everything else is schemathesis.toml's, as for the other suites (hooks, credentials, valid data
    # in the stateful phase: Kubernetes also drops a create's `status` before validating, so a
    # broken `status` is no finding there; no health check on slow generation of CRD-sized bodies);
    # its `[[project]]` per document adds the same write statuses and a base URL this overrides.
    settings = settings_for(token)
    settings["operations"] = _operation_settings(document, _write_statuses(settings))
    config = SchemathesisConfig.from_dict(settings)
    schema = schemathesis.openapi.from_path(document, config=config)
    schema.config.update(base_url=IN_PROCESS_BASE)
    schema.config.generation.update(max_examples=examples)
    schema.app = app
    return schema


def _skip_unless_selected(request: pytest.FixtureRequest) -> None:
    config = request.config
    if target_name(config) == "prism" or config.getoption("--base-url"):
        pytest.skip("the project control plane suites run against the mock in process")
    if "datum" not in selected_apis(config):
        pytest.skip("datum not selected")


def _short_name(document: Path) -> str:
    """compute, networking, core, gateway, telemetry: the document's row in the summary is datum/<name>."""
    return document.stem.split("_")[0].split(".")[0]


def _suite(document: Path) -> dict[str, Any]:
    name = _short_name(document)
    fixture_name = f"datum_{name}_document"

    @pytest.fixture(name=fixture_name)
    def in_process(request: pytest.FixtureRequest, token: str) -> Iterator[OpenApiSchema]:
        _skip_unless_selected(request)
        app = create_app([str(document)])
        schema = _schema(document, token, _examples(request.config), app)
        counters(request.config, f"datum/{name}").spec_operations |= operation_labels(schema)
        with recording(schema, "datum", f"{name}-in-process"):
            yield schema
        app.close()

    lazy = schemathesis.pytest.from_fixture(fixture_name)

    @lazy.parametrize()
    def test_operations(case: schemathesis.Case[Any], request: pytest.FixtureRequest) -> None:
        tally = counters(request.config, f"datum/{name}")
        tally.operations.add(case.operation.label)
        tally.cases += 1
        if case.meta is not None:
            tally.phases.add(case.meta.phase.name.value)
        response = case.call_and_validate()
        record_answer(tally, case, response.status_code)

    return {fixture_name: in_process, f"test_datum_{name}_in_process": test_operations}


for _document in DOCUMENTS:
    globals().update(_suite(_document))


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.stem for d in DOCUMENTS])
def test_datum_stateful_project_control_plane(
    document: Path, request: pytest.FixtureRequest, token: str
) -> None:
    """Scenarios chained through the links: create, then read, replace, patch, delete what was made."""
    _skip_unless_selected(request)
    app = create_app([str(document)], MockOptions(seed=0))
    schema = _schema(document, token, _examples(request.config), app)
    schema.config.phases.stateful.inference.algorithms = []  # the documents' own links only
    tally = counters(request.config, f"datum/{_short_name(document)}")
    tally.phases.add("stateful")
    tally.spec_operations |= operation_labels(schema)
    links = 0

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            app.control.reset()
            super().setup()

        def step(self, input: Any) -> Any:
            nonlocal links
            tally.steps += 1
            if input.transition is not None and input.is_applied and not input.transition.is_inferred:
                tally.link_transitions += 1
                links += 1
            output = super().step(input)
            record_answer(tally, input.case, output.response.status_code)
            return output

    ci = os.environ.get("CI") == "true"
    if request.config.getoption("--full"):  # as deep as a plain run: schemathesis.toml's scenarios
        stateful = schema.config.phases.stateful
        settings = scenario_settings(request.config, stateful.max_steps, stateful.generation.max_examples)
    else:
        settings = hypothesis.settings(
            max_examples=10 if ci else 25,
            stateful_step_count=6 if ci else 10,
            deadline=None,
            derandomize=ci,
            database=None,
            phases=[hypothesis.Phase.generate, hypothesis.Phase.shrink],
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    try:
        Machine.run(settings=settings)
    finally:
        app.close()
    assert links > 0, f"{document.name}: no stateful step followed a link of the document"
