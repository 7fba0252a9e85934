"""The repository's schemathesis hooks (schemathesis.toml's `hooks`), as a run meets them: a case
called over a real socket against `mockserver serve`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import selected_apis, target_name
from test_schemathesis import _schema

from mockserver.security import DEFAULT_TOKEN
from mockserver.testing import running_server


@pytest.fixture(scope="module")
def pds_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if target_name(request.config) == "prism" or request.config.getoption("--base-url"):
        pytest.skip("the hooks are checked against our own mock")
    if "pds" not in selected_apis(request.config):
        pytest.skip("pds not selected")
    with running_server(["pds"], args=["--mount"]) as url:  # served under /pds
        yield url


def test_a_generated_framing_header_is_not_sent(pds_url: str) -> None:
    # A `--full` run generated `Transfer-Encoding: ancestors` for GET /api/version; the server's HTTP
    # parser answered 400 before any API code ran, an answer the operation does not document.
    schema = _schema("pds", f"{pds_url}/pds", DEFAULT_TOKEN, 1)
    operation = schema["/api/version"]["GET"]
    framing = {"Transfer-Encoding": "ancestors", "content-length": "7", "Connection": "upgrade", "TE": "x"}
    credentials = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    case = operation.Case(headers={**framing, **credentials, "X-Request-Id": "kept"})

    response = case.call()

    assert response.status_code == 200, response.text
    sent = {name.lower(): value for name, value in response.request.headers.items()}
    assert sent["x-request-id"] == "kept"
    assert sent.get("transfer-encoding") is None
    assert sent.get("te") is None
    assert sent.get("connection") != "upgrade"
    assert sent.get("content-length") in (None, "0")
