"""Permissive CORS, as Prism: preflights answered without credentials, origins echoed, `--no-cors`."""

from __future__ import annotations

from pathlib import Path

from mockserver import MockOptions

from .pets import AUTH, Call, make_caller

ORIGIN = "https://app.example"
PREFLIGHT = {
    "Origin": ORIGIN,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


def test_preflight_is_answered_without_credentials(call: Call) -> None:
    response = call("OPTIONS", "/pets", headers=PREFLIGHT)
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert response.headers["access-control-allow-methods"] == "POST"
    assert response.headers["access-control-allow-headers"] == "authorization, content-type"
    assert response.headers["access-control-allow-credentials"] == "true"
    assert int(response.headers["access-control-max-age"]) > 0


def test_preflight_on_any_path(call: Call) -> None:
    assert call("OPTIONS", "/nowhere", headers=PREFLIGHT).status_code == 204


def test_answers_name_the_origin_and_expose_headers(call: Call) -> None:
    response = call("POST", "/pets", json={"id": "p-0001", "name": "Rex"}, headers={**AUTH, "Origin": ORIGIN})
    assert response.status_code == 201
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert "deprecation" in response.headers["access-control-expose-headers"]
    assert response.headers["vary"] == "origin"


def test_errors_carry_cors_headers_too(call: Call) -> None:
    response = call("GET", "/pets", headers={"Origin": ORIGIN})
    assert response.status_code == 401
    assert response.headers["access-control-allow-origin"] == ORIGIN


def test_without_origin_any_origin_is_allowed(call: Call) -> None:
    assert call("GET", "/health").headers["access-control-allow-origin"] == "*"


def test_no_cors_turns_it_off(pets_spec: Path) -> None:
    call = make_caller([pets_spec], MockOptions(cors=False))
    response = call("OPTIONS", "/pets", headers=PREFLIGHT)
    assert response.status_code == 204  # the plain OPTIONS answer, with Allow
    assert "access-control-allow-origin" not in response.headers
    assert "POST" in response.headers["allow"]
    assert "access-control-allow-origin" not in call("GET", "/health", headers={"Origin": ORIGIN}).headers
