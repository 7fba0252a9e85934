"""Schemathesis over every operation of every spec: in process (ASGI) and over a real socket."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
import schemathesis
from conftest import counters, max_examples, recording, selected_apis, target_name
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.schemas import OpenApiSchema

import specs
from mockserver import create_app

IN_PROCESS_BASE = "http://mock.local"
# The default statuses of positive_data_acceptance (schemathesis 4), for operations that widen them.
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
DATUM_WRITES = ["replaceProject", "patchProject", "replaceProjectStatus", "patchProjectStatus"]
DATUM_READS = ["readProject", "readProjectStatus", "listProjects"]
# Semantic rules no JSON Schema states, each answered with a status the spec documents for it.
OPERATION_CHECKS: dict[str, list[dict[str, Any]]] = {
    # Datum is a Kubernetes API server: a schema-valid write can still break a rule no JSON Schema
    # states, and gets the status the spec documents for it: a body naming another project than the
    # URL, or an apply patch (`type: string`) that is not a YAML mapping, is a 400; a JSON patch whose
    # path is not in the object is a 422. The stateful phase reaches these once the project exists.
    "datum": [
        {
            "include-operation-id": DATUM_WRITES,
            "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400", "422"]}},
        },
        # A project with finalizers outlives its DELETE (it gets a deletionTimestamp and stays until
        # the finalizers are removed), exactly as Kubernetes does, so a read after a delete may succeed.
        {"include-operation-id": DATUM_READS, "checks": {"use_after_free": {"enabled": False}}},
    ],
}


class BearerAuth:
    """The target's token as schemathesis auth, so its auth checks know it is the real credential."""

    def __init__(self, token: str) -> None:
        self.token = token

    def get(self, case: schemathesis.Case[Any], ctx: schemathesis.AuthContext) -> str:
        return self.token

    def set(self, case: schemathesis.Case[Any], data: str, ctx: schemathesis.AuthContext) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


def _schema(api: str, base_url: str, token: str, examples: int, *, app: Any = None) -> OpenApiSchema:
    """The spec of `api` as schemathesis sees it, with the target's token and our check settings."""
    config = SchemathesisConfig.from_dict({"operations": OPERATION_CHECKS.get(api, [])})
    schema = schemathesis.openapi.from_path(specs.resolve(api)[1], config=config)
    schema.config.update(base_url=base_url)
    schema.config.generation.update(max_examples=examples)
    provider = BearerAuth(token)
    schema.auth.providers.append(provider)
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


def _suite(api: str) -> dict[str, Any]:
    """Two tests for one API: the same checks in process and over the socket."""

    @pytest.fixture(name=f"{api}_in_process")
    def in_process(request: pytest.FixtureRequest, token: str) -> OpenApiSchema:
        _mock_target_only(request)
        if api not in selected_apis(request.config) or request.config.getoption("--base-url"):
            pytest.skip(f"{api} not selected" if api not in selected_apis(request.config) else "live target")
        app = create_app([api])
        return _schema(api, IN_PROCESS_BASE, token, max_examples(request.config), app=app)

    @pytest.fixture(name=f"{api}_over_socket")
    def over_socket(request: pytest.FixtureRequest, token: str) -> Iterator[OpenApiSchema]:
        _mock_target_only(request)
        if api not in selected_apis(request.config):
            pytest.skip(f"{api} not selected")
        mock_url: str = request.getfixturevalue("mock_url")
        live = bool(request.config.getoption("--base-url"))
        base = mock_url if live else f"{mock_url}/{api}"
        schema = _schema(api, base, token, max_examples(request.config))
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
        case.call_and_validate()

    @socket_schema.parametrize()
    def test_over_socket(case: schemathesis.Case[Any], request: pytest.FixtureRequest) -> None:
        _count(request.config, api, case)
        case.call_and_validate()

    return {
        f"{api}_in_process": in_process,
        f"{api}_over_socket": over_socket,
        f"test_{api}_in_process": test_in_process,
        f"test_{api}_over_socket": test_over_socket,
    }


for _api in specs.api_names():
    globals().update(_suite(_api))
