"""The control API's seed and journal (health, reset and specs are in test_control.py)."""

from __future__ import annotations

import pytest

from mockserver.testing import admin_headers

from .pets import Call, make_caller

AUTH = {"Authorization": "Bearer mock-token"}
OMNI = "/omnistrate/2022-09-01-00"

ADMIN = admin_headers()


@pytest.fixture(scope="module")
def shared() -> Call:
    return make_caller(["omnistrate", "pds", "datahub"])


@pytest.fixture
def call(shared: Call) -> Call:
    shared("POST", "/__mock/reset", headers=ADMIN)
    return shared


def test_seed_from_json(call: Call) -> None:
    seed = {"omnistrate": {"service": [{"id": "s-seeded01", "name": "seeded"}, {"name": "second"}]}}
    response = call("POST", "/__mock/seed", json=seed, headers=ADMIN)
    assert response.status_code == 200
    ids = response.json()["seeded"]["omnistrate"]["service"]
    assert ids[0] == "s-seeded01"
    assert ids[1].startswith("s-")
    assert call("GET", f"{OMNI}/service/s-seeded01", headers=AUTH).json()["name"] == "seeded"
    assert call("GET", f"{OMNI}/service", headers=AUTH).json()["ids"] == ids


def test_seed_from_yaml_under_a_collection_path(call: Call) -> None:
    seed = b"pds:\n  /api/tenants/t1/backup-targets:\n    - {name: nightly}\n"
    response = call(
        "POST", "/__mock/seed", content=seed, headers={**ADMIN, "Content-Type": "application/yaml"}
    )
    assert response.status_code == 200
    assert [
        t["name"] for t in call("GET", "/pds/api/tenants/t1/backup-targets", headers=AUTH).json()["data"]
    ] == ["nightly"]
    assert call("GET", "/pds/api/tenants/t2/backup-targets", headers=AUTH).json()["data"] == []


def test_seeding_read_only_resources_makes_them_stateful(call: Call) -> None:
    call("POST", "/__mock/seed", json={"pds": {"projects": [{"id": "p1", "name": "mine"}]}}, headers=ADMIN)
    assert call("GET", "/pds/api/projects/p1", headers=AUTH).json()["name"] == "mine"
    assert call("POST", "/__mock/reset", headers=ADMIN).status_code == 204
    assert call("GET", "/pds/api/projects/p1", headers=AUTH).json()["name"] != "mine"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json: [", 400),
        (b'{"nope": {"x": []}}', 400),
        (b'{"pds": {"no-such-resource": [{}]}}', 400),
        (b'{"pds": {"projects": "x"}}', 400),
        (b'{"datahub": {"tenants": [{}]}}', 400),  # a tenant needs a name
        (b"[1, 2]", 400),
    ],
)
def test_bad_seeds_are_refused(call: Call, body: bytes, status: int) -> None:
    response = call("POST", "/__mock/seed", content=body, headers=ADMIN)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"


def test_journal_records_and_filters(call: Call) -> None:
    call("GET", f"{OMNI}/service", headers=AUTH)
    call("GET", f"{OMNI}/service/s-missing0", headers=AUTH)
    call("GET", "/pds/api/version")  # 401: no token
    entries = call("GET", "/__mock/journal", headers=ADMIN).json()["entries"]
    assert [(e["method"], e["status"]) for e in entries] == [("GET", 200), ("GET", 404), ("GET", 401)]
    assert all(e["latency_ms"] >= 0 and e["time"] > 0 for e in entries)
    assert [
        e["api"]
        for e in call("GET", "/__mock/journal", params={"api": "pds"}, headers=ADMIN).json()["entries"]
    ] == ["pds"]
    assert len(call("GET", "/__mock/journal", params={"status": "4xx"}, headers=ADMIN).json()["entries"]) == 2
    assert len(call("GET", "/__mock/journal", params={"status": "404"}, headers=ADMIN).json()["entries"]) == 1
    by_path = call("GET", "/__mock/journal", params={"path": "/omnistrate/*/service"}, headers=ADMIN).json()[
        "entries"
    ]
    assert [e["status"] for e in by_path] == [200]
    assert (
        len(call("GET", "/__mock/journal", params={"method": "post"}, headers=ADMIN).json()["entries"]) == 0
    )
    assert len(call("GET", "/__mock/journal", params={"limit": "1"}, headers=ADMIN).json()["entries"]) == 1
    assert call("DELETE", "/__mock/journal", headers=ADMIN).status_code == 204
    assert call("GET", "/__mock/journal", headers=ADMIN).json()["entries"] == []


def test_journal_keeps_the_last_thousand(call: Call) -> None:
    for _ in range(1005):
        call("GET", "/pds/api/version")
    assert len(call("GET", "/__mock/journal", headers=ADMIN).json()["entries"]) == 1000


def test_journal_entries_carry_operation_problems_and_redacted_bodies(call: Call) -> None:
    call("POST", f"{OMNI}/service", json={"name": 5, "apiToken": "s3cr3t"}, headers=AUTH)
    entry = call("GET", "/__mock/journal", headers=ADMIN).json()["entries"][-1]
    assert entry["operation_id"] == "createService"
    assert entry["status"] == 400
    assert {"pointer": "/body/name", "location": ["body", "name"]}.items() <= entry["problems"][-1].items()
    assert entry["request"]["headers"]["authorization"] == "[redacted]"
    assert '"name": 5' in entry["request"]["body"]
    assert "s3cr3t" not in entry["request"]["body"]
    assert "mock-token" not in str(entry)
    assert entry["response"]["headers"]["content-type"] == "application/vnd.goa.error"
    assert call("GET", f"/__mock/journal/{entry['id']}", headers=ADMIN).json() == entry
    summary = call("GET", "/__mock/journal", params={"summary": "true"}, headers=ADMIN).json()["entries"][-1]
    assert "request" not in summary
    assert call("GET", "/__mock/journal", params={"since": str(entry["id"])}, headers=ADMIN).json() == {
        "entries": []
    }


def test_journal_bodies_are_cut_at_the_size_limit(call: Call) -> None:
    call("POST", f"{OMNI}/service", json={"name": "x" * 40000, "description": "d"}, headers=AUTH)
    request = call("GET", "/__mock/journal", headers=ADMIN).json()["entries"][-1]["request"]
    assert request["truncated"]
    assert request["body_bytes"] > 40000
    assert len(request["body"]) <= 16 * 1024


def test_state_and_specs_show_records_and_call_counts(call: Call) -> None:
    call("POST", "/__mock/seed", json={"pds": {"projects": [{"id": "p1", "name": "mine"}]}}, headers=ADMIN)
    call("GET", "/pds/api/projects/p1", headers=AUTH)
    state = call("GET", "/__mock/state", headers=ADMIN).json()
    assert state["apis"]["pds"]["resources"]["projects"]["count"] == 1
    specs = {a["name"]: a for a in call("GET", "/__mock/specs", headers=ADMIN).json()["apis"]}
    called = [op for op in specs["pds"]["operations"] if op["calls"]]
    assert [(op["path"], op["calls"]) for op in called] == [("/api/projects/{id}", {"200": 1})]
