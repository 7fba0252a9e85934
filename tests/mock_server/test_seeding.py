"""Seeding every API (Data HUB and Datum included) through `POST /__mock/seed` and `--seed-data`: the
documented formats, and bad seeds refused with a 400 naming the record, nothing of them stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.testing import admin_headers, start_server
from mockserver.tokens import make_token

from .pets import Call, make_caller

AUTH = {"Authorization": "Bearer mock-token"}
HUB = "/datahub/tenants"
PROJECTS = "/datum/apis/resourcemanager.datumapis.com/v1alpha/projects"
ORG_TWO = (
    "/datum/apis/resourcemanager.datumapis.com/v1alpha/organizations/org-two/control-plane"
    "/apis/resourcemanager.datumapis.com/v1alpha/projects"
)
SPEC = {"parent": {"external": "organizations/acme"}}

SEED: dict[str, Any] = {
    "datahub": {
        "users": [{"id": "alice", "groups": ["acme:ops"]}],
        "tenants": [
            {
                "name": "acme",
                "attributes": {"region": "eu"},
                "permissions": {
                    "readers": {
                        "scopes": ["tenant:view"],
                        "principals": [{"type": "user", "userId": "alice"}],
                    }
                },
                "groups": [{"name": "ops"}],
                "projects": [
                    {
                        "name": "apollo",
                        "sensor-credentials": [{"name": "probe", "username": "u1", "password": "p1"}],
                    }
                ],
            }
        ],
    },
    "datum": {
        "projects": [{"metadata": {"name": "seeded", "labels": {"tier": "gold"}}, "spec": SPEC}],
        "organizations/org-two/projects": [{"metadata": {"name": "other"}, "spec": SPEC}],
    },
    "omnistrate": {"service": [{"id": "s-seeded01", "name": "seeded"}]},
    "pds": {
        "/api/tenants/t1/backup-targets": [{"id": "7b1c5d1e-0000-4000-8000-000000000001", "name": "nightly"}]
    },
}

ADMIN = admin_headers()


@pytest.fixture(scope="module")
def shared() -> Call:
    return make_caller(["omnistrate", "pds", "datahub", "datum"])


@pytest.fixture
def call(shared: Call) -> Call:
    shared("POST", "/__mock/reset", headers=ADMIN)
    return shared


def _check_seeded(call: Any) -> None:
    assert call("GET", HUB, headers=AUTH).json() == ["acme"]
    assert call("GET", f"{HUB}/acme/groups", headers=AUTH).json() == ["admin", "ops"]
    assert call("GET", f"{HUB}/acme/attributes", headers=AUTH).json() == {"region": "eu"}
    permissions = {p["name"]: p for p in call("GET", f"{HUB}/acme/permissions", headers=AUTH).json()}
    assert sorted(permissions) == ["admin", "members", "readers"]  # a new tenant's own, and the seed's
    alice = {"Authorization": f"Bearer {make_token('alice', ['acme:ops'])}"}
    assert call("GET", f"{HUB}/acme", headers=alice).status_code == 204
    assert call("GET", f"{HUB}/acme/projects/apollo/sensor-credentials", headers=AUTH).json() == ["probe"]
    listed = call("GET", PROJECTS, headers=AUTH).json()
    assert [p["metadata"]["name"] for p in listed["items"]] == ["seeded"]
    seeded = listed["items"][0]
    assert seeded["metadata"]["labels"]["tier"] == "gold"
    assert seeded["metadata"]["resourceVersion"] == listed["metadata"]["resourceVersion"]
    assert seeded["status"]["conditions"][0]["status"] == "True"
    assert [p["metadata"]["name"] for p in call("GET", ORG_TWO, headers=AUTH).json()["items"]] == ["other"]
    assert (
        call("GET", "/omnistrate/2022-09-01-00/service/s-seeded01", headers=AUTH).json()["name"] == "seeded"
    )
    targets = call("GET", "/pds/api/tenants/t1/backup-targets", headers=AUTH).json()["data"]
    assert [t["name"] for t in targets] == ["nightly"]


def test_every_api_can_be_seeded_through_the_control_api(call: Call) -> None:
    response = call("POST", "/__mock/seed", json=SEED, headers=ADMIN)
    assert response.status_code == 200, response.text
    seeded = response.json()["seeded"]
    assert seeded["datahub"] == {
        "tenants": ["acme"],
        "groups": ["acme/ops"],
        "projects": ["acme/apollo"],
        "sensor-credentials": ["acme/apollo/probe"],
        "users": ["alice"],
    }
    assert seeded["datum"] == {"projects": ["seeded"], "organizations/org-two/projects": ["other"]}
    _check_seeded(call)
    # Seeded Datum projects are ordinary ones: updates version on from the seed.
    project = call("GET", f"{PROJECTS}/seeded", headers=AUTH).json()
    project["metadata"]["labels"]["tier"] = "silver"
    updated = call("PUT", f"{PROJECTS}/seeded", json=project, headers=AUTH).json()
    assert int(updated["metadata"]["resourceVersion"]) == int(project["metadata"]["resourceVersion"]) + 1


@pytest.mark.parametrize(
    ("api", "collections", "named"),
    [
        ("datahub", {"tenants": [{"name": "ok"}, {"name": "Bad Name"}]}, "datahub.tenants[1]"),
        (
            "datahub",
            {
                "tenants": [
                    {"name": "ok", "groups": [{"name": "g", "permissions": {"p": {"scopes": ["x:y"]}}}]}
                ]
            },
            "datahub.tenants[0] (ok).groups[0] (g).permissions.p",
        ),
        (
            "datahub",
            {
                "tenants": [
                    {
                        "name": "ok",
                        "permissions": {"p": {"scopes": ["group:view"], "principals": [{"type": "robot"}]}},
                    }
                ]
            },
            "datahub.tenants[0] (ok).permissions.p.principals[0]",
        ),
        (
            "datahub",
            {"users": [{"id": "bob", "groups": ["no-colon"]}], "tenants": [{"name": "ok"}]},
            "datahub.users[0]",
        ),
        ("datahub", {"tenants": [{"name": "ok", "colour": "red"}]}, "datahub.tenants[0]"),
        (
            "datum",
            {"projects": [{"metadata": {"name": "ok"}, "spec": SPEC}, {"metadata": {"name": "x"}}]},
            "[1] (x)",
        ),
        (
            "datum",
            {"projects": [{"metadata": {"name": "ok"}, "spec": SPEC}, {"spec": SPEC}]},
            "datum.projects[1]",
        ),
        ("datum", {"projects": [{"metadata": {"name": "ok"}, "spec": SPEC}] * 2}, "datum.projects[1] (ok)"),
        ("datum", {"clusters": []}, "datum.clusters"),
        ("omnistrate", {"service": [{"id": "s-okokok01"}, "not an object"]}, "omnistrate.service[1]"),
        ("pds", {"projects": [{"id": "p1"}, {"id": "p1"}]}, "pds.projects[1]"),
    ],
)
def test_a_bad_seed_is_a_400_naming_the_record_and_nothing_is_stored(
    call: Call, api: str, collections: dict[str, Any], named: str
) -> None:
    # The first API's good records come first in the document: they must not be stored either.
    document = {"omnistrate": {"service": [{"id": "s-first001", "name": "first"}]}, api: collections}
    if api == "omnistrate":
        document = {api: collections}
    response = call("POST", "/__mock/seed", json=document, headers=ADMIN)
    assert response.status_code == 400, response.text
    assert named in response.json()["detail"]
    assert call("GET", "/omnistrate/2022-09-01-00/service", headers=AUTH).json()["ids"] == []
    assert call("GET", HUB, headers=AUTH).json() == []
    assert call("GET", PROJECTS, headers=AUTH).json()["items"] == []
    assert call("GET", "/pds/api/projects/p1", headers=AUTH).json().get("id") != "p1"


def test_seed_data_at_start_seeds_every_api_and_survives_a_restart(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(SEED))
    state = tmp_path / "state.db"
    server = start_server(args=["--seed-data", str(seed), "--state", str(state)])
    try:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            _check_seeded(client.request)
            before = client.get(PROJECTS, headers=AUTH).json()
    finally:
        server.stop()
    # The same seed again on the kept state: nothing changes (no conflict, no new versions).
    restarted = start_server(args=["--seed-data", str(seed), "--state", str(state)])
    try:
        with httpx.Client(base_url=restarted.url, timeout=10) as client:
            _check_seeded(client.request)
            assert client.get(PROJECTS, headers=AUTH).json() == before
    finally:
        restarted.stop()
