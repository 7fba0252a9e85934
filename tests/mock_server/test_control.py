"""The control API under /__mock/ and mounting several specs."""

from __future__ import annotations

from pathlib import Path

from mockserver import MockOptions
from mockserver.testing import admin_headers

from .pets import AUTH, Call, make_caller

ADMIN = admin_headers()


def test_health_lists_mounts(call: Call) -> None:
    body = call("GET", "/__mock/health", headers=ADMIN).json()
    assert body["status"] == "ok"
    assert body["apis"] == {"pets": "/"}


def test_reset_and_unknown_control_endpoint(call: Call) -> None:
    assert call("POST", "/__mock/reset", headers=ADMIN).status_code == 204
    assert call("GET", "/__mock/nothing", headers=ADMIN).status_code == 404


def test_several_specs_are_mounted_under_their_names(pets_spec: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(pets_spec.read_text())
    call = make_caller([pets_spec, other])
    assert call("GET", "/pets/pets", headers=AUTH).status_code == 200
    assert call("GET", "/other/pets", headers=AUTH).status_code == 200
    assert call("GET", "/pets", headers=AUTH).status_code == 404


def test_body_over_the_limit_is_413(pets_spec: Path) -> None:
    call = make_caller([pets_spec], MockOptions(max_body_bytes=10))
    response = call("POST", "/pets", json={"id": "p-0001", "name": "Rex"}, headers=AUTH)
    assert response.status_code == 413


def test_served_spec_is_available(call: Call) -> None:
    assert call("GET", "/__mock/specs/pets", headers=ADMIN).json()["info"]["title"] == "Pets"
