"""Finalizers on the organization control plane's Projects, over a real socket: as for every kind of a
project control plane, a Project with finalizers is marked deleting (`deletionTimestamp`), answered
as the object, kept until its last finalizer is removed and refuses new ones; one without goes at once
and the answer is a `Status` of success."""

from __future__ import annotations

import json
from typing import Any

import httpx

PROJECTS = "/datum/apis/resourcemanager.datumapis.com/v1alpha/projects"
MERGE = {"content-type": "application/merge-patch+json"}


def _create(client: httpx.Client, name: str, **metadata: Any) -> dict[str, Any]:
    body = {"metadata": {"name": name, **metadata}, "spec": {"parent": {"external": "organizations/o"}}}
    response = client.post(PROJECTS, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def _patch(client: httpx.Client, name: str, metadata: dict[str, Any]) -> httpx.Response:
    return client.patch(f"{PROJECTS}/{name}", content=json.dumps({"metadata": metadata}), headers=MERGE)


def test_a_project_with_finalizers_is_marked_deleting_until_the_last_goes(datum_http: httpx.Client) -> None:
    created = _create(datum_http, "held", finalizers=["example.com/a", "example.com/b"])
    version = created["metadata"]["resourceVersion"]
    deleted = datum_http.delete(f"{PROJECTS}/held")
    assert deleted.status_code == 200
    marked = deleted.json()
    assert (marked["kind"], marked["metadata"]["name"]) == ("Project", "held")
    assert marked["metadata"]["deletionTimestamp"]
    assert marked["metadata"]["deletionGracePeriodSeconds"] == 0
    assert marked["metadata"]["generation"] == created["metadata"]["generation"] + 1
    assert datum_http.get(f"{PROJECTS}/held").json()["metadata"]["deletionTimestamp"]
    again = datum_http.delete(f"{PROJECTS}/held")
    assert (again.status_code, again.json()["metadata"]["deletionTimestamp"]) == (
        200,
        marked["metadata"]["deletionTimestamp"],
    )
    refused = _patch(datum_http, "held", {"finalizers": ["example.com/a", "example.com/b", "example.com/c"]})
    assert refused.status_code == 422
    assert refused.json()["details"]["causes"][0]["reason"] == "FieldValueForbidden"
    assert _patch(datum_http, "held", {"finalizers": ["example.com/b"]}).status_code == 200
    assert datum_http.get(f"{PROJECTS}/held").status_code == 200
    assert _patch(datum_http, "held", {"finalizers": None}).status_code == 200
    assert datum_http.get(f"{PROJECTS}/held").status_code == 404
    watched = datum_http.get(
        PROJECTS, params={"watch": "true", "resourceVersion": version, "timeoutSeconds": 1}
    )
    events = [json.loads(line) for line in watched.text.splitlines()]
    assert [e["type"] for e in events if e["object"]["metadata"]["name"] == "held"][-1] == "DELETED"
    assert all(e["object"]["metadata"].get("deletionTimestamp") for e in events if e["type"] == "MODIFIED")


def test_a_project_without_finalizers_goes_at_once_with_a_status(datum_http: httpx.Client) -> None:
    created = _create(datum_http, "plain")
    deleted = datum_http.delete(f"{PROJECTS}/plain")
    assert deleted.status_code == 200
    details = deleted.json()["details"]
    assert (deleted.json()["kind"], details["uid"]) == ("Status", created["metadata"]["uid"])
    assert datum_http.get(f"{PROJECTS}/plain").status_code == 404


def test_a_foreground_or_dry_run_delete_of_a_project(datum_http: httpx.Client) -> None:
    _create(datum_http, "fore")
    deleted = datum_http.request("DELETE", f"{PROJECTS}/fore", json={"propagationPolicy": "Foreground"})
    assert deleted.json()["metadata"]["finalizers"] == ["foregroundDeletion"]
    assert datum_http.get(f"{PROJECTS}/fore").status_code == 404  # nothing owned by it to wait for
    created = _create(datum_http, "kept", finalizers=["example.com/x"])
    preview = datum_http.delete(f"{PROJECTS}/kept?dryRun=All&orphanDependents=false")
    assert (preview.status_code, bool(preview.json()["metadata"]["deletionTimestamp"])) == (202, True)
    assert "deletionTimestamp" not in datum_http.get(f"{PROJECTS}/kept").json()["metadata"]
    assert datum_http.get(f"{PROJECTS}/kept").json()["metadata"]["uid"] == created["metadata"]["uid"]
