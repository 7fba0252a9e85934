"""Finalizers and deletion in the mock's Kubernetes engine, over a real socket, in a Datum project
control plane: an object with finalizers is marked deleting (`deletionTimestamp`) and goes with its
last finalizer; owners' deletion propagates in the background, the foreground or not at all (Orphan);
a namespace terminates once it is empty. A delete answers as the API server's registry does
(k8s.io/apiserver `registry/generic/registry/store.go`, `endpoints/handlers/delete.go`): the object
while it is only marked deleting, a `Status` once it is gone (the object for Namespaces)."""

from __future__ import annotations

import copy
import json
import threading
from typing import Any

import httpx

from .test_project_control_planes import LOCATION

ORGANIZATION = "/datum/apis/resourcemanager.datumapis.com/v1alpha"
PLANE = f"{ORGANIZATION}/projects/p1/control-plane"
CONFIGMAPS = f"{PLANE}/api/v1/namespaces/default/configmaps"
MERGE = {"content-type": "application/merge-patch+json"}


def _create(client: httpx.Client, name: str, url: str = CONFIGMAPS, **metadata: Any) -> dict[str, Any]:
    response = client.post(url, json={"metadata": {"name": name, **metadata}})
    assert response.status_code == 201, response.text
    return dict(response.json())


def _owned_by(owner: dict[str, Any]) -> list[dict[str, str]]:
    meta = owner["metadata"]
    return [{"apiVersion": "v1", "kind": "ConfigMap", "name": meta["name"], "uid": meta["uid"]}]


def _release(client: httpx.Client, url: str) -> httpx.Response:
    return client.patch(url, content=json.dumps({"metadata": {"finalizers": None}}), headers=MERGE)


def test_an_object_with_finalizers_is_marked_deleting_and_goes_with_the_last(p1: httpx.Client) -> None:
    version = p1.get(CONFIGMAPS).json()["metadata"]["resourceVersion"]
    events: list[tuple[str, str | None]] = []

    def watch() -> None:
        url = f"{CONFIGMAPS}?watch=true&resourceVersion={version}&timeoutSeconds=2"
        with p1.stream("GET", url) as stream:
            for line in stream.iter_lines():
                event = json.loads(line)
                events.append((event["type"], event["object"]["metadata"].get("deletionTimestamp")))

    watcher = threading.Thread(target=watch)
    watcher.start()
    created = _create(p1, "held", finalizers=["example.com/a", "example.com/b"])
    deleted = p1.delete(f"{CONFIGMAPS}/held")
    assert deleted.status_code == 200
    marked = deleted.json()  # the object as marked, not a Status
    assert (marked["kind"], marked["metadata"]["name"]) == ("ConfigMap", "held")
    assert marked["metadata"]["deletionTimestamp"]
    assert marked["metadata"]["generation"] == created["metadata"]["generation"] + 1
    held = p1.get(f"{CONFIGMAPS}/held").json()  # still readable while finalizers hold it
    assert held == marked
    assert held["metadata"]["deletionGracePeriodSeconds"] == 0
    again = p1.delete(f"{CONFIGMAPS}/held")  # deleting again changes nothing, and answers it again
    assert (again.status_code, again.json()) == (200, held)
    more = {"metadata": {"finalizers": ["example.com/a", "example.com/b", "example.com/c"]}}
    refused = p1.patch(f"{CONFIGMAPS}/held", content=json.dumps(more), headers=MERGE)
    assert refused.status_code == 422
    assert refused.json()["details"]["causes"][0]["reason"] == "FieldValueForbidden"
    fewer = {"metadata": {"finalizers": ["example.com/b"]}}
    assert p1.patch(f"{CONFIGMAPS}/held", content=json.dumps(fewer), headers=MERGE).status_code == 200
    assert p1.get(f"{CONFIGMAPS}/held").status_code == 200
    assert _release(p1, f"{CONFIGMAPS}/held").status_code == 200
    assert p1.get(f"{CONFIGMAPS}/held").status_code == 404
    watcher.join()
    assert [kind for kind, _ in events][:2] == ["ADDED", "MODIFIED"]
    assert events[1][1] is not None
    assert events[-1][0] == "DELETED"


def test_dependents_go_in_the_background_unless_orphaned(p1: httpx.Client) -> None:
    owner = _create(p1, "owner")
    _create(p1, "free", ownerReferences=_owned_by(owner))
    _create(p1, "held", ownerReferences=_owned_by(owner), finalizers=["example.com/x"])
    assert p1.delete(f"{CONFIGMAPS}/owner").status_code == 200
    assert p1.get(f"{CONFIGMAPS}/free").status_code == 404
    assert p1.get(f"{CONFIGMAPS}/held").json()["metadata"]["deletionTimestamp"]
    assert _release(p1, f"{CONFIGMAPS}/held").status_code == 200
    assert p1.get(f"{CONFIGMAPS}/held").status_code == 404
    keeper = _create(p1, "keeper")
    _create(p1, "orphan", ownerReferences=_owned_by(keeper))
    assert p1.delete(f"{CONFIGMAPS}/keeper?propagationPolicy=Orphan").status_code == 200
    orphan = p1.get(f"{CONFIGMAPS}/orphan").json()
    assert "ownerReferences" not in orphan["metadata"]
    assert "deletionTimestamp" not in orphan["metadata"]


def test_foreground_deletion_waits_for_every_dependent(p1: httpx.Client) -> None:
    owner = _create(p1, "owner")
    _create(p1, "free", ownerReferences=_owned_by(owner))
    _create(p1, "held", ownerReferences=_owned_by(owner), finalizers=["example.com/x"])
    options = {"propagationPolicy": "Foreground"}
    assert p1.request("DELETE", f"{CONFIGMAPS}/owner", json=options).status_code == 200
    waiting = p1.get(f"{CONFIGMAPS}/owner").json()["metadata"]
    assert waiting["finalizers"] == ["foregroundDeletion"]
    assert waiting["deletionTimestamp"]
    assert p1.get(f"{CONFIGMAPS}/free").status_code == 404
    assert _release(p1, f"{CONFIGMAPS}/held").status_code == 200
    assert p1.get(f"{CONFIGMAPS}/held").status_code == 404
    assert p1.get(f"{CONFIGMAPS}/owner").status_code == 404


def test_a_namespace_terminates_until_it_is_empty(p1: httpx.Client) -> None:
    _create(p1, "team", url=f"{PLANE}/api/v1/namespaces")
    inside = f"{PLANE}/api/v1/namespaces/team/configmaps"
    _create(p1, "plain", url=inside)
    _create(p1, "held", url=inside, finalizers=["example.com/x"])
    assert p1.delete(f"{PLANE}/api/v1/namespaces/team").status_code == 200
    team = p1.get(f"{PLANE}/api/v1/namespaces/team").json()
    assert team["status"]["phase"] == "Terminating"
    assert team["metadata"]["deletionTimestamp"]
    assert p1.get(f"{inside}/plain").status_code == 404
    late = p1.post(inside, json={"metadata": {"name": "late"}})
    assert (late.status_code, late.json()["reason"]) == (403, "Forbidden")
    assert _release(p1, f"{inside}/held").status_code == 200
    assert p1.get(f"{PLANE}/api/v1/namespaces/team").status_code == 404


def test_a_delete_that_removes_the_object_answers_a_status_of_success(p1: httpx.Client) -> None:
    created = _create(p1, "plain")
    deleted = p1.delete(f"{CONFIGMAPS}/plain")
    assert deleted.status_code == 200
    details = {"name": "plain", "group": "", "kind": "configmaps", "uid": created["metadata"]["uid"]}
    assert deleted.json() == {
        "apiVersion": "v1",
        "kind": "Status",
        "metadata": {},
        "status": "Success",
        "details": details,
    }
    location = copy.deepcopy(LOCATION)
    locations = f"{PLANE}/apis/networking.datumapis.com/v1alpha/namespaces/default/locations"
    assert p1.post(locations, json=location).status_code == 201
    gone = p1.delete(f"{locations}/dfw").json()  # a custom resource: a Status too
    assert (gone["kind"], gone["details"]["group"]) == ("Status", "networking.datumapis.com")
    location["metadata"]["finalizers"] = ["example.com/x"]
    assert p1.post(locations, json=location).status_code == 201
    marked = p1.delete(f"{locations}/dfw").json()
    assert (marked["kind"], marked["metadata"]["finalizers"]) == ("Location", ["example.com/x"])


def test_orphan_dependents_false_answers_202_only_when_the_object_stays(p1: httpx.Client) -> None:
    _create(p1, "held", finalizers=["example.com/x"])
    _create(p1, "plain")
    marked = p1.delete(f"{CONFIGMAPS}/held?orphanDependents=false")
    assert (marked.status_code, marked.json()["kind"]) == (202, "ConfigMap")
    gone = p1.delete(f"{CONFIGMAPS}/plain", params={"orphanDependents": "false"})
    assert (gone.status_code, gone.json()["kind"]) == (200, "Status")


def test_foreground_and_orphan_deletes_answer_the_object_with_the_collectors_finalizer(
    p1: httpx.Client,
) -> None:
    _create(p1, "alone")
    deleted = p1.request("DELETE", f"{CONFIGMAPS}/alone", json={"propagationPolicy": "Foreground"})
    marked = deleted.json()["metadata"]
    assert (deleted.status_code, marked["finalizers"]) == (200, ["foregroundDeletion"])
    assert marked["deletionTimestamp"]
    assert p1.get(f"{CONFIGMAPS}/alone").status_code == 404  # nothing to wait for: collected at once
    keeper = _create(p1, "keeper")
    _create(p1, "orphan", ownerReferences=_owned_by(keeper))
    deleted = p1.delete(f"{CONFIGMAPS}/keeper?propagationPolicy=Orphan")
    assert deleted.json()["metadata"]["finalizers"] == ["orphan"]
    assert p1.get(f"{CONFIGMAPS}/keeper").status_code == 404
    assert "ownerReferences" not in p1.get(f"{CONFIGMAPS}/orphan").json()["metadata"]


def test_a_dry_run_delete_answers_what_it_would_do_and_changes_nothing(p1: httpx.Client) -> None:
    created = _create(p1, "held", finalizers=["example.com/x"])
    _create(p1, "plain")
    preview = p1.delete(f"{CONFIGMAPS}/held?dryRun=All")
    assert preview.status_code == 200
    assert preview.json()["metadata"]["deletionTimestamp"]
    assert p1.get(f"{CONFIGMAPS}/held").json() == created
    status = p1.request("DELETE", f"{CONFIGMAPS}/plain", json={"dryRun": ["All"]})
    assert status.json()["status"] == "Success"
    assert p1.get(f"{CONFIGMAPS}/plain").status_code == 200


def test_a_namespace_delete_answers_the_namespace_terminating(p1: httpx.Client) -> None:
    _create(p1, "empty", url=f"{PLANE}/api/v1/namespaces")
    deleted = p1.delete(f"{PLANE}/api/v1/namespaces/empty")
    assert deleted.status_code == 200
    namespace = deleted.json()
    assert (namespace["kind"], namespace["status"]["phase"]) == ("Namespace", "Terminating")
    assert namespace["metadata"]["deletionTimestamp"]
    assert p1.get(f"{PLANE}/api/v1/namespaces/empty").status_code == 404  # empty: gone at once
