"""The control API's guard: admin credentials, the page's session cookie, and no CORS under /__mock/."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockserver import MockOptions
from mockserver.testing import admin_headers

from .pets import AUTH, Call, make_caller

ADMIN = admin_headers()
FOREIGN = "http://evil.example"
# Every control endpoint but health, as (method, path): each must refuse a request without credential.
GUARDED = [
    ("POST", "/__mock/reset"),
    ("POST", "/__mock/seed"),
    ("GET", "/__mock/journal"),
    ("DELETE", "/__mock/journal"),
    ("GET", "/__mock/journal/1"),
    ("GET", "/__mock/state"),
    ("GET", "/__mock/specs"),
    ("GET", "/__mock/specs/pets"),
    ("GET", "/__mock/ui"),
    ("GET", "/__mock/ui.js"),
    ("GET", "/__mock/ui.css"),
    ("POST", "/__mock/logout"),
    ("POST", "/__mock/login"),
    ("GET", "/__mock/nothing"),
]


@pytest.fixture
def stateful(pets_spec: Path) -> Call:
    return make_caller([pets_spec])


@pytest.mark.parametrize(("method", "path"), GUARDED)
def test_no_credential_is_401(stateful: Call, method: str, path: str) -> None:
    response = stateful(method, path)
    assert response.status_code == 401
    assert "www-authenticate" in response.headers
    if path not in ("/__mock/ui", "/__mock/login"):  # these answer the login form; the rest problem+json
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["status"] == 401


@pytest.mark.parametrize(("method", "path"), GUARDED)
def test_a_wrong_token_is_401_too(stateful: Call, method: str, path: str) -> None:
    assert stateful(method, path, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_health_is_open_and_tells_only_liveness(stateful: Call) -> None:
    response = stateful("GET", "/__mock/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "store": "memory"}
    assert set(stateful("GET", "/__mock/health", headers=ADMIN).json()) >= {"apis", "uptime"}


def test_the_api_token_is_not_an_admin_token_when_they_differ(pets_spec: Path) -> None:
    call = make_caller([pets_spec], MockOptions(admin_tokens=("admin-1", "admin-2")))
    assert call("POST", "/__mock/reset", headers=ADMIN).status_code == 401
    assert call("POST", "/__mock/reset", headers=admin_headers("admin-2")).status_code == 204
    assert call("GET", "/pets", headers=AUTH).status_code == 200  # the API keeps its own tokens


def test_a_foreign_origin_gets_no_cors_grant_and_cannot_reset(stateful: Call) -> None:
    journal = stateful("GET", "/__mock/journal", headers={**ADMIN, "Origin": FOREIGN})
    assert not any(name.startswith("access-control-") for name in journal.headers)
    for headers in ({"Origin": FOREIGN}, {**ADMIN, "Origin": FOREIGN}, {**ADMIN, "Origin": "null"}):
        reset = stateful("POST", "/__mock/reset", headers=headers)
        assert reset.status_code == 403
        assert not any(name.startswith("access-control-") for name in reset.headers)
    assert stateful("DELETE", "/__mock/journal", headers={**ADMIN, "Origin": FOREIGN}).status_code == 403
    # the API itself stays permissive
    assert (
        stateful("GET", "/pets", headers={**AUTH, "Origin": FOREIGN}).headers["access-control-allow-origin"]
        == FOREIGN
    )


def test_preflights_under_mock_are_refused(stateful: Call) -> None:
    preflight = {"Origin": FOREIGN, "Access-Control-Request-Method": "POST"}
    response = stateful("OPTIONS", "/__mock/reset", headers=preflight)
    assert response.status_code == 403
    assert not any(name.startswith("access-control-") for name in response.headers)
    assert stateful("OPTIONS", "/pets", headers=preflight).status_code == 204


def test_the_own_origin_may_reset(stateful: Call) -> None:
    own = {**ADMIN, "Origin": "http://mock"}
    assert stateful("POST", "/__mock/reset", headers=own).status_code == 204
    proxied = {**ADMIN, "Origin": "https://mock.example", "X-Forwarded-Host": "mock.example"}
    assert stateful("POST", "/__mock/reset", headers=proxied).status_code == 204


def test_login_sets_a_strict_http_only_session_cookie(stateful: Call) -> None:
    wrong = stateful("POST", "/__mock/login", content=b"token=nope", headers=_FORM)
    assert wrong.status_code == 401
    assert "set-cookie" not in wrong.headers
    login = stateful("POST", "/__mock/login", content=b"token=mock-token", headers=_FORM)
    assert login.status_code == 303
    assert login.headers["location"] == "ui"
    cookie = login.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert "mock-token" not in cookie
    session = {"Cookie": cookie.split(";", 1)[0]}
    assert stateful("GET", "/__mock/journal", headers=session).status_code == 200
    page = stateful("GET", "/__mock/ui", headers=session)
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "mock-token" not in page.text
    last = session["Cookie"][-1]
    tampered = {"Cookie": session["Cookie"][:-1] + ("A" if last != "A" else "B")}  # one character changed
    assert stateful("GET", "/__mock/journal", headers=tampered).status_code == 401
    logout = stateful("POST", "/__mock/logout", headers=session)
    assert logout.status_code == 303
    assert "Max-Age=0" in logout.headers["set-cookie"]


def test_login_from_a_foreign_page_is_refused(stateful: Call) -> None:
    response = stateful(
        "POST", "/__mock/login", content=b"token=mock-token", headers={**_FORM, "Origin": FOREIGN}
    )
    assert response.status_code == 403
    assert "set-cookie" not in response.headers


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}
