"""The compiled API is read-only: engines declare what they need of request bodies as data, and the
compiler applies it (no engine rewrites a compiled operation)."""

from __future__ import annotations

import dataclasses

import pytest

import specs
from mockserver import create_app
from mockserver.compiler import BodyNeeds, compile_api
from mockserver.errors import SpecError


def test_operations_are_frozen() -> None:
    app = create_app(["datahub", "datum"])
    for handler in app.handlers:
        operation = next(iter(handler.api.operations.values()))
        with pytest.raises(dataclasses.FrozenInstanceError):
            operation.body = {}  # type: ignore[misc]


def test_datum_project_bodies_are_left_to_the_engine_with_their_validator() -> None:
    datum = next(h for h in create_app(["datum"], mount=True).handlers)
    for operation_id in ("createProject", "replaceProject", "replaceProjectStatus"):
        for media in datum.api.operations[operation_id].body.values():
            assert not media.checked
            assert media.validator is not None
    assert all(m.checked for m in datum.api.operations["patchProject"].body.values())


def test_datahub_permission_bodies_accept_any_scope_at_the_validation_stage() -> None:
    document = specs.load("datahub")
    body = {"scopes": ["no-such:scope"], "principals": [{"type": "tenant", "tenant": "acme"}]}
    plain = compile_api("datahub", document)
    handler = next(h for h in create_app(["datahub"], mount=True).handlers)
    put = next(
        op
        for op in handler.api.operations.values()
        if op.path == "/tenants/{tenant}/permissions/{permission}" and op.method == "PUT"
    )
    assert not next(iter(plain.operations[put.operation_id].body.values())).validator.is_valid(body)  # type: ignore[union-attr]
    assert next(iter(put.body.values())).validator.is_valid(body)  # type: ignore[union-attr]


def test_needs_of_what_is_not_there_fail_at_start() -> None:
    document = specs.load("datahub")
    with pytest.raises(SpecError, match="unknown operations"):
        compile_api("datahub", document, {"noSuchOperation": BodyNeeds(checked=False)})
    some_put = next(
        op["operationId"]
        for path, item in document["paths"].items()
        for m, op in item.items()
        if m == "put" and "requestBody" in op
    )
    with pytest.raises(SpecError, match="not there"):
        compile_api("datahub", document, {some_put: BodyNeeds(replace={"/properties/nope/items": {}})})
