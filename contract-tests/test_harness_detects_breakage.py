"""The harness itself: a mock answer that breaks its schema must fail the suite, naming what broke.

The mock validates nothing on output, so a wrong answer would reach the client unnoticed unless
schemathesis catches it. A behaviour put in front of Datum's `readProject` answers a project whose
`metadata` is a number; the same schemathesis test the suite runs (test_schemathesis.py) must fail
with a message naming the operation and the check (response_schema_conformance, reported by its
title "Response violates schema").
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest
from conftest import target_name

from mockserver import create_app
from mockserver.app import MockApp
from mockserver.behaviour import Answer, Context

HERE = Path(__file__).resolve().parent
BROKEN_OPERATION = "readProject"
BROKEN_LABEL = "GET /apis/resourcemanager.datumapis.com/v1alpha/projects/{name}"


class WrongType:
    """Answers `operation_id` as the mock would, with `metadata` replaced by a number."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id

    def __call__(self, ctx: Context) -> Answer | None:
        if ctx.operation.operation_id != self.operation_id:
            return None
        documented = ctx.responder.respond(ctx.operation, ctx.request, ctx.prefs, status=200)
        body = orjson.loads(documented.body)
        body["metadata"] = 42
        return Answer(200, body, documented.headers)


def broken_app() -> MockApp:
    """Datum's mock with readProject's answer broken."""
    app = create_app(["datum"])
    app.handlers[0].behaviours.insert(0, WrongType(BROKEN_OPERATION))
    return app


SUITE = textwrap.dedent(
    """
    from typing import Any

    import pytest
    import schemathesis
    from test_harness_detects_breakage import broken_app
    from test_schemathesis import IN_PROCESS_BASE, _schema

    from mockserver import DEFAULT_TOKEN


    @pytest.fixture
    def broken() -> Any:
        schema = _schema("datum", IN_PROCESS_BASE, DEFAULT_TOKEN, 5, app=broken_app())
        return schema


    @schemathesis.pytest.from_fixture("broken").include(operation_id="readProject").parametrize()
    def test_datum_in_process(case: Any) -> None:
        case.call_and_validate()
    """
)


def test_wrong_field_type_fails_naming_operation_and_check(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if target_name(request.config) == "prism":
        pytest.skip("--target prism: the broken answer is our mock's")
    app = broken_app()
    try:
        # The breakage is real: the answer carries a number where the spec wants an object.
        handler = app.handlers[0]
        assert isinstance(handler.behaviours[0], WrongType)
    finally:
        app.close()
    suite = tmp_path / "test_broken.py"
    suite.write_text(SUITE)
    # The suite's own way of running: pytest, the schemathesis plugin, the contract-tests helpers.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(suite),
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(HERE)},
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert BROKEN_LABEL in output, output
    # The check's title as schemathesis reports it (response_schema_conformance, code ST108).
    assert "Response violates schema" in output, output
    assert '42 is not of type "object"' in output, output
