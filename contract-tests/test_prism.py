"""Stoplight Prism as an independent judge of our specs (run with --target prism).

Our SDKs and our mock are both generated from our specs, so they can agree with each other and still
disagree with the spec. Prism is an OpenAPI mock we did not write:

- every spec must load in Prism without a warning or an error, and Prism must route every operation
  (the project control plane's group documents too);
- schemathesis runs over every operation against Prism in dynamic mode (`-d`: answers drawn from the
  response schemas by json-schema-faker, not our sampler), with the response-side checks only, which
  proves each spec's responses are self-consistent when served by a tool we did not write;
- a deliberately broken response schema makes that run fail, naming the operation.

The SDK round trips against Prism live in test_sdk_roundtrip.py (its `static_target` fixture).
"""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis
import prism_runner
import pytest
import schemathesis
import yaml
from conftest import max_examples, selected_apis, target_name
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.specs.openapi.schemas import OpenApiSchema

import specs
from generator import controlplane

# Only the checks that judge what the server answers. Prism only checks that credentials are present
# (not that they are valid), so `ignored_auth` would fail it; it accepts some inputs our specs forbid
# and rejects others with 422 problem+json of its own, so `negative_data_rejection`,
# `positive_data_acceptance` and `missing_required_header` judge Prism's request validator, not our
# specs; it keeps no state, so `use_after_free` and `ensure_resource_availability` make no sense; and
# `unsupported_method` / `allow_header_conformance` test its router. What is left is exactly "every
# answer the spec lets a server give conforms to the spec": status, content type, headers and body.
RESPONSE_CHECKS: list[Any] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
PRISM_SEED = 20240601
_ROUTE = re.compile(r"\binfo\s+(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+http")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@pytest.fixture(autouse=True)
def _prism_only(request: pytest.FixtureRequest) -> None:
    if target_name(request.config) != "prism":
        pytest.skip("Prism suites run with --target prism (nox -s prism)")


def _operation_count(document: dict[str, Any]) -> int:
    return sum(
        isinstance(item.get(method), dict)
        for item in document.get("paths", {}).values()
        for method in _METHODS
    )


class PrismAuth:
    """Credentials in the shape each operation's scheme asks for; Prism checks only that they are there."""

    def get(self, case: schemathesis.Case[Any], ctx: schemathesis.AuthContext) -> str:
        return "prism-does-not-check-tokens"

    def set(self, case: schemathesis.Case[Any], data: str, ctx: schemathesis.AuthContext) -> None:
        document: dict[str, Any] = case.operation.schema.raw_schema
        schemes = document.get("components", {}).get("securitySchemes", {})
        requirements = case.operation.definition.raw.get("security", document.get("security", []))
        basic = any(
            schemes.get(name, {}).get("scheme", "").lower() == "basic"
            for requirement in requirements
            for name in requirement
        )
        # user@example.com:password
        case.headers["Authorization"] = (
            "Basic dXNlckBleGFtcGxlLmNvbTpwYXNzd29yZA==" if basic else f"Bearer {data}"
        )


def prism_schema(spec: Path, base_url: str, examples: int) -> OpenApiSchema:
    schema = schemathesis.openapi.from_path(spec)
    schema.config.update(base_url=base_url)
    # Positive inputs only: what Prism does with invalid input is Prism's business (see RESPONSE_CHECKS).
    schema.config.generation.update(max_examples=examples, modes=[GenerationMode.POSITIVE])
    schema.auth.providers.append(PrismAuth())
    return schema


# json-schema-faker, which draws Prism's dynamic answers, ignores these keywords: asked for an object
# whose keys must follow `propertyNames` (Data HUB attributes: segment-rule keys), it invents keys such
# as "irure_1". The spec is right and the answer is Prism's mistake, so operations whose documented
# answers use one of them are asked for Prism's static answer instead (`Prefer: dynamic=false`, the
# documented example), which every check still judges in full.
FAKER_IGNORES = frozenset({"propertyNames"})


def _uses_keyword(document: dict[str, Any], node: Any, keywords: frozenset[str], seen: set[str]) -> bool:
    if isinstance(node, list):
        return any(_uses_keyword(document, item, keywords, seen) for item in node)
    if not isinstance(node, dict):
        return False
    if "$ref" in node:
        reference = node["$ref"]
        if reference in seen:
            return False
        seen.add(reference)
        return _uses_keyword(document, specs.lookup(document, reference), keywords, seen)
    return bool(keywords & node.keys()) or any(
        _uses_keyword(document, value, keywords, seen) for key, value in node.items() if key != "example"
    )


def prefer_static(case: schemathesis.Case[Any]) -> bool:
    """Whether this operation's answers use a keyword json-schema-faker ignores (see FAKER_IGNORES)."""
    responses = case.operation.definition.raw.get("responses", {})
    return _uses_keyword(case.operation.schema.raw_schema, responses, FAKER_IGNORES, set())


# Prism runs on JavaScript numbers: an integer beyond 2**53 - 1 does not reach it intact, and its
# validator rejects it ("must be <= 9007199254740991") even where the spec's int64 allows it. Such a
# case (schemathesis' coverage phase sends int64 bounds) tests Prism's arithmetic, not our spec: it is
# not sent. Every other case of the same operation still is.
JS_SAFE_INTEGER = 2**53 - 1


def _has_unsafe_integer(value: Any, *, as_text: bool = False) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) > JS_SAFE_INTEGER
    if isinstance(value, str) and as_text:  # query, path and header values travel as text
        digits = value.removeprefix("-").lstrip("0")
        if re.fullmatch(r"[0-9]*", digits) is None or not value.removeprefix("-"):
            return False
        return len(digits) > len(str(JS_SAFE_INTEGER)) or int(digits or "0") > JS_SAFE_INTEGER
    if isinstance(value, dict):
        return any(_has_unsafe_integer(item, as_text=as_text) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_has_unsafe_integer(item, as_text=as_text) for item in value)
    return False


_PLAIN_PART_NAME = re.compile(r"[A-Za-z0-9_.\-\[\]]+")


def _part_content_types(case: schemathesis.Case[Any]) -> dict[str, str] | None:
    """Prism 5 crashes (its process exits: parse-multipart-data reads a missing part Content-Type)
    on a multipart part without a Content-Type header, which schemathesis omits. Real clients (httpx,
    the SDKs) send one; so do we, with the defaults OpenAPI gives a part without `encoding`.
    """
    if not (case.media_type or "").startswith("multipart/") or not isinstance(case.body, dict):
        return case.multipart_content_types
    defaults = {
        name: "application/octet-stream"
        if isinstance(value, bytes)
        else "application/json"
        if isinstance(value, dict | list)
        else "text/plain"
        for name, value in case.body.items()
    }
    return {**defaults, **(case.multipart_content_types or {})}


def validate(case: schemathesis.Case[Any], prism: prism_runner.PrismProcess | None = None) -> None:
    """Call Prism and run the response checks; a failure names the operation by its operationId."""
    __tracebackhide__ = True
    parameters = (case.query, case.path_parameters, case.headers)
    if _has_unsafe_integer(case.body) or any(_has_unsafe_integer(p, as_text=True) for p in parameters):
        return  # see JS_SAFE_INTEGER
    # Prism takes an empty query or header value for a missing one ("must have required property"),
    # where the spec allows "" (no minLength): such a case tests Prism's parser and is not sent.
    if any(value == "" for container in (case.query, case.headers) for value in (container or {}).values()):
        return
    # Prism 5's multipart parser (parse-multipart-data) crashes, ending its process, on a part whose
    # name is not a plain token (`;`, quotes, control characters): such a case tests Prism, not the spec.
    parts = case.body if (case.media_type or "").startswith("multipart/") else None
    if isinstance(parts, dict) and any(not _PLAIN_PART_NAME.fullmatch(str(name)) for name in parts):
        return
    case.multipart_content_types = _part_content_types(case)
    try:
        case.call_and_validate(
            checks=RESPONSE_CHECKS, headers={"Prefer": "dynamic=false"} if prefer_static(case) else None
        )
    except BaseException as exc:
        operation_id = case.operation.definition.raw.get("operationId", "?")
        exc.add_note(f"operation {operation_id} ({case.operation.label}) served by Prism")
        if prism is not None:
            state = "running" if prism.process.poll() is None else f"exited with {prism.process.returncode}"
            exc.add_note(f"Prism (PID {prism.pid}) {state}; its last lines:\n" + "\n".join(prism.lines[-15:]))
        raise


# ---------------------------------------------------------------------------------------------------
# Every spec loads cleanly


@pytest.mark.parametrize("api", specs.api_names())
def test_spec_loads_in_prism_without_warnings(api: str, request: pytest.FixtureRequest) -> None:
    if api not in selected_apis(request.config):
        pytest.skip(f"{api} not selected (--api)")
    spec = specs.resolve(api)[1]
    with prism_runner.running_prism(spec) as prism:
        problems = prism.startup_problems()
        routes = [line for line in prism.lines if _ROUTE.search(line)]
    assert not problems, f"Prism printed warnings or errors while loading {spec}:\n" + "\n".join(problems)
    assert len(routes) == _operation_count(specs.load(api)), f"Prism routed {len(routes)} operations of {api}"


@pytest.mark.parametrize("document", controlplane.document_paths(), ids=lambda d: d.stem)
def test_project_control_plane_document_loads_in_prism_without_warnings(
    document: Path, request: pytest.FixtureRequest
) -> None:
    """Each group document of a project control plane (specs/datum/project-control-plane/) loads and is
    routed whole too; schemathesis over them runs against our mock (test_project_control_plane.py)."""
    if "datum" not in selected_apis(request.config):
        pytest.skip("datum not selected (--api)")
    with prism_runner.running_prism(document) as prism:
        problems = prism.startup_problems()
        routes = [line for line in prism.lines if _ROUTE.search(line)]
    assert not problems, f"Prism printed warnings or errors while loading {document}:\n" + "\n".join(problems)
    assert len(routes) == _operation_count(specs.load(document)), f"Prism routed {len(routes)} of {document}"


def test_startup_problems_are_detected(tmp_path: Path) -> None:
    """The loader check is real: a spec Prism complains about is reported (here a dangling $ref)."""
    document = specs.load("datahub")
    operation = document["paths"]["/tenants"]["get"]
    operation["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/NoSuchSchema"
    }
    broken = tmp_path / "openapi.yaml"
    broken.write_text(yaml.safe_dump(document, sort_keys=False))
    try:
        with prism_runner.running_prism(broken, startup_timeout=30) as prism:
            problems = prism.startup_problems()
    except prism_runner.PrismError as exc:  # refusing to start is a loud failure too
        problems = [str(exc)]
    assert problems, "a spec with a dangling $ref loaded without complaint"
    assert any("NoSuchSchema" in line for line in problems), problems


# ---------------------------------------------------------------------------------------------------
# schemathesis against Prism's dynamic answers


def _suite(api: str) -> dict[str, Any]:
    @pytest.fixture(name=f"{api}_prism", scope="module")
    def prism_process(request: pytest.FixtureRequest) -> Iterator[prism_runner.PrismProcess]:
        if target_name(request.config) != "prism" or api not in selected_apis(request.config):
            pytest.skip(f"{api} not selected")
        with prism_runner.running_prism(specs.resolve(api)[1], dynamic=True, seed=PRISM_SEED) as prism:
            yield prism

    @pytest.fixture(name=f"{api}_prism_schema")
    def schema_fixture(request: pytest.FixtureRequest) -> OpenApiSchema:
        prism: prism_runner.PrismProcess = request.getfixturevalue(f"{api}_prism")
        return prism_schema(specs.resolve(api)[1], prism.url, max_examples(request.config))

    lazy = schemathesis.pytest.from_fixture(f"{api}_prism_schema")

    @lazy.parametrize()
    def test_prism_dynamic(case: schemathesis.Case[Any], request: pytest.FixtureRequest) -> None:
        validate(case, request.getfixturevalue(f"{api}_prism"))

    return {
        f"{api}_prism": prism_process,
        f"{api}_prism_schema": schema_fixture,
        f"test_{api}_prism_dynamic": test_prism_dynamic,
    }


for _api in specs.api_names():
    globals().update(_suite(_api))


# ---------------------------------------------------------------------------------------------------
# A wrong response schema fails the run, naming the operation


def _break_create_tenant_static(schema: dict[str, Any]) -> dict[str, Any]:
    # The served example ({"name": ...}) no longer fits: the schema now says a list of strings.
    return {"type": "array", "items": {"type": "string"}}


def _break_create_tenant_dynamic(schema: dict[str, Any]) -> dict[str, Any]:
    # A oneOf whose branches overlap: every answer generated from it matches both, so none is valid.
    return {"oneOf": [copy.deepcopy(schema), {"type": "object"}]}


@pytest.mark.parametrize(
    ("dynamic", "breakage"),
    [(False, _break_create_tenant_static), (True, _break_create_tenant_dynamic)],
    ids=["static-schema-contradicts-example", "dynamic-ambiguous-oneOf"],
)
def test_wrong_response_schema_fails_naming_the_operation(
    tmp_path: Path, dynamic: bool, breakage: Callable[[dict[str, Any]], dict[str, Any]]
) -> None:
    document = specs.load("datahub")
    media = document["paths"]["/tenants/{tenant}"]["put"]["responses"]["201"]["content"]["application/json"]
    assert document["paths"]["/tenants/{tenant}"]["put"]["operationId"] == "createTenant"
    media["schema"] = breakage(media["schema"])
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    shutil.copy(spec, tmp_path / "broken-copy.yaml")  # kept next to the failure for reading

    with prism_runner.running_prism(spec, dynamic=dynamic, seed=PRISM_SEED) as prism:
        schema = prism_schema(spec, prism.url, examples=5)
        operation = schema["/tenants/{tenant}"]["PUT"]
        sound = schema["/tenants"]["GET"]

        @hypothesis.settings(max_examples=5, database=None, deadline=None, phases=[hypothesis.Phase.generate])
        @hypothesis.given(case=operation.as_strategy())
        def run_broken(case: schemathesis.Case[Any]) -> None:
            validate(case)

        @hypothesis.settings(max_examples=5, database=None, deadline=None, phases=[hypothesis.Phase.generate])
        @hypothesis.given(case=sound.as_strategy())
        def run_sound(case: schemathesis.Case[Any]) -> None:
            validate(case)

        run_sound()  # the untouched operations of the same copy still pass: the failure is the breakage
        # pytest matches the message and its notes: the operationId and the route must both be named.
        with pytest.raises(
            BaseExceptionGroup, match=r"operation createTenant \(PUT /tenants/\{tenant\}\)"
        ) as caught:
            run_broken()

    report = "\n".join([str(caught.value), *getattr(caught.value, "__notes__", [])])
    kinds = {type(failure).__name__ for failure in caught.value.exceptions}
    assert kinds == {"JsonSchemaError"}, f"expected only response-schema failures, got {kinds}:\n{report}"
