"""pytest fixtures: `mockserver_url`, a real mock server with every spec, over a socket."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .testing import running_server


@pytest.fixture(scope="session")
def mockserver_url() -> Iterator[str]:
    """Base URL of a mock server serving every spec, each under `/<api>`, started once per session."""
    with running_server() as url:
        yield url
