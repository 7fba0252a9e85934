"""Fixtures of the engine scenario tests: a real mock server (the session's), reset before each test."""

from __future__ import annotations

import pytest
from datahub_client import AuthenticatedClient

from mockserver import DEFAULT_TOKEN
from mockserver.testing import reset


@pytest.fixture
def datahub_url(mockserver_url: str) -> str:
    """Data HUB's base URL on a server whose state was just reset."""
    reset(mockserver_url)
    return f"{mockserver_url}/datahub"


@pytest.fixture
def admin(datahub_url: str) -> AuthenticatedClient:
    """The SDK as the mock's configured token: a realm administrator."""
    return AuthenticatedClient(base_url=datahub_url, token=DEFAULT_TOKEN)
