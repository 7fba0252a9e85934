"""The example programs under tests/sdk/typing/ (checked by mypy --strict and pyright strict in the
`typecheck` session) run green against the mock server: what type-checks also works."""

from __future__ import annotations

import uuid

import httpx
import pytest
from datum_client.helpers import organization_control_plane_url

from mockserver import DEFAULT_TOKEN, make_token
from mockserver.testing import reset

from .typing import datahub_permissions, datum_projects, omnistrate_services, pds_backup_targets


@pytest.fixture(autouse=True)
def _reset(mockserver_url: str) -> None:
    reset(mockserver_url)


def test_omnistrate_program(mockserver_url: str) -> None:
    lines = omnistrate_services.main(f"{mockserver_url}/omnistrate", DEFAULT_TOKEN)
    assert lines[0] == "weather: Forecasts as a service"
    assert lines[-2:] == ["Rain or shine", "gone: 404"]


def test_pds_program(mockserver_url: str) -> None:
    lines = pds_backup_targets.main(f"{mockserver_url}/pds", DEFAULT_TOKEN, "tenant-1")
    assert lines[0].startswith("nightly in ")
    assert lines[-2:] == ["renamed to weekly", "gone: 404"]
    templates = pds_backup_targets.portworx_templates(f"{mockserver_url}/pds", DEFAULT_TOKEN, "tenant-1")
    assert templates == ["fast", "fast", "fast"]


def test_datahub_program(mockserver_url: str) -> None:
    tenant = f"t{uuid.uuid4().hex[:6]}"
    token = make_token("ada", realm_admin=True)
    lines = datahub_permissions.main(f"{mockserver_url}/datahub", token, tenant)
    assert lines == ["weather", "project:admin project:view", "gone: 404"]


def test_datum_program(mockserver_url: str) -> None:
    organization = f"org-{uuid.uuid4().hex[:8]}"
    base_url = organization_control_plane_url(organization, host=f"{mockserver_url}/datum")
    lines = datum_projects.main(base_url, "mock-token", organization)
    assert lines == ["team=forecasts", "1 project(s)", "tier=gold", "gone: 404"]
