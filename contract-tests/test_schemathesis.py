"""Schemathesis over every operation of every spec: in process (ASGI) and over a real socket."""

from __future__ import annotations

import copy
import functools
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
from conftest import ApiCounters, counters, max_examples, recording, selected_apis, target_name
from schemathesis.config import SchemathesisConfig
from schemathesis.core.hooks import load_from_path as load_hooks
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.schemas import OpenApiSchema

import specs
from mockserver import create_app

IN_PROCESS_BASE = "http://mock.local"
ROOT = Path(__file__).resolve().parent.parent
# The repository's schemathesis settings: what a plain `schemathesis run` from the root uses (hooks
# for our media types, the per-operation rules only the server knows), shared here so that the
# harness and the command line judge the mock alike.
SETTINGS = ROOT / "schemathesis.toml"


@functools.cache
def _settings() -> dict[str, Any]:
    """schemathesis.toml without what the harness decides itself (the target's URL); hooks loaded."""
    data = tomllib.loads(SETTINGS.read_text(encoding="utf-8"))
    hooks = data.pop("hooks", None)
    if hooks is not None:
        # The file names it relative to the repository root; pytest may run from elsewhere.
        load_hooks(str(ROOT / hooks))
    for project in data.get("project", []):
        project.pop("base-url", None)
    return data


def settings_for(token: str) -> dict[str, Any]:
    """A copy of schemathesis.toml (as `_settings` reads it) with the target's token wherever the file
    names the mock's, so that schemathesis' auth checks know the real credential."""
    settings = copy.deepcopy(_settings())
    for scope in [settings, *settings.get("project", [])]:
        for credentials in scope.get("auth", {}).get("openapi", {}).values():
            if "bearer" in credentials:
                credentials["bearer"] = token
    return settings


def project_settings(settings: dict[str, Any], title: str) -> dict[str, Any]:
    """The `[[project]]` block of `settings` for the spec titled `title` (schemathesis matches so)."""
    for project in settings.get("project", []):
        if project.get("title") == title:
            return dict(project)
    raise LookupError(f"{SETTINGS.name} has no [[project]] titled {title!r}")


def _schema(api: str, base_url: str, token: str, examples: int, *, app: Any = None) -> OpenApiSchema:
    """The spec of `api` as schemathesis sees it, with the target's token and our check settings."""
    config = SchemathesisConfig.from_dict(settings_for(token))
    schema = schemathesis.openapi.from_path(specs.resolve(api)[1], config=config)
    schema.config.update(base_url=base_url)
    schema.config.generation.update(max_examples=examples)
    if app is not None:
        schema.app = app
    return schema


def _mock_target_only(request: pytest.FixtureRequest) -> None:
    # These suites hold our mock to every check; Prism gets the response checks in test_prism.py.
    if target_name(request.config) == "prism":
        pytest.skip("--target prism: schemathesis against Prism runs in test_prism.py")


def _count(config: pytest.Config, api: str, case: schemathesis.Case[Any]) -> None:
    tally = counters(config, api)
    tally.operations.add(case.operation.label)
    tally.cases += 1
    if case.meta is not None:
        tally.phases.add(case.meta.phase.name.value)


def record_answer(tally: ApiCounters, case: schemathesis.Case[Any], status: int) -> None:
    """Count the answer to `case` towards the depth of its API (documented 2xx in a depth phase)."""
    phase = case.meta.phase.name.value if case.meta is not None else None
    documented = case.operation.responses.find_by_status_code(status) is not None
    tally.record(case.operation.label, phase, status, documented=documented)


def operation_labels(schema: OpenApiSchema) -> set[str]:
    """`METHOD /path` of every operation of `schema`, as schemathesis labels cases."""
    return {result.ok().label for result in schema.get_all_operations() if isinstance(result, Ok)}


def _suite(api: str) -> dict[str, Any]:
    """Two tests for one API: the same checks in process and over the socket."""

    @pytest.fixture(name=f"{api}_in_process")
    def in_process(request: pytest.FixtureRequest, token: str) -> OpenApiSchema:
        _mock_target_only(request)
        if api not in selected_apis(request.config) or request.config.getoption("--base-url"):
            pytest.skip(f"{api} not selected" if api not in selected_apis(request.config) else "live target")
        app = create_app([api])
        schema = _schema(api, IN_PROCESS_BASE, token, max_examples(request.config), app=app)
        counters(request.config, api).spec_operations |= operation_labels(schema)
        return schema

    @pytest.fixture(name=f"{api}_over_socket")
    def over_socket(request: pytest.FixtureRequest, token: str) -> Iterator[OpenApiSchema]:
        _mock_target_only(request)
        if api not in selected_apis(request.config):
            pytest.skip(f"{api} not selected")
        mock_url: str = request.getfixturevalue("mock_url")
        live = bool(request.config.getoption("--base-url"))
        base = mock_url if live else f"{mock_url}/{api}"
        schema = _schema(api, base, token, max_examples(request.config))
        counters(request.config, api).spec_operations |= operation_labels(schema)
        if live and not request.config.getoption("--allow-writes"):
            # A live deployment is somebody's: read-only unless writes are asked for.
            schema = cast(OpenApiSchema, schema.include(method=["GET", "HEAD"]))
        with recording(schema, api, "over-socket"):
            yield schema

    in_process_schema = schemathesis.pytest.from_fixture(f"{api}_in_process")
    socket_schema = schemathesis.pytest.from_fixture(f"{api}_over_socket")

    @in_process_schema.parametrize()
    def test_in_process(case: schemathesis.Case[Any], request: pytest.FixtureRequest) -> None:
        _count(request.config, api, case)
        response = case.call_and_validate()
        record_answer(counters(request.config, api), case, response.status_code)

    @socket_schema.parametrize()
    def test_over_socket(case: schemathesis.Case[Any], request: pytest.FixtureRequest) -> None:
        _count(request.config, api, case)
        response = case.call_and_validate()
        record_answer(counters(request.config, api), case, response.status_code)

    return {
        f"{api}_in_process": in_process,
        f"{api}_over_socket": over_socket,
        f"test_{api}_in_process": test_in_process,
        f"test_{api}_over_socket": test_over_socket,
    }


for _api in specs.api_names():
    globals().update(_suite(_api))
