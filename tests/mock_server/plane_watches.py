"""Project control plane watches across processes sharing one store (PostgreSQL replicas in
test_scale_out.py, two processes on one SQLite file in test_project_control_plane_state.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import orjson

from .mixed_load import AUTH, PROJECTS

__all__ = ["check_plane_watches", "watch"]


def watch(url: str, query: str, during: Callable[[], None] = lambda: None) -> list[dict[str, Any]]:
    """The events of one watch (`query` after `?watch=true&`), while `during` runs beside it."""
    events: list[dict[str, Any]] = []
    with (
        httpx.Client(timeout=10) as client,
        client.stream("GET", f"{url}?watch=true&{query}", headers=AUTH) as stream,
    ):
        writes = threading.Thread(target=during)
        writes.start()
        events.extend(orjson.loads(line) for line in stream.iter_lines() if line)
        writes.join()
    return events


def check_plane_watches(watcher: str, writer: str) -> None:
    """A ConfigMap written on one process reaches a watch on the other, in resourceVersion order; a
    watch resumed from a version replays what it missed, and one from a compacted version is 410."""
    project = {"metadata": {"name": "plane"}, "spec": {"parent": {"external": "organizations/acme"}}}
    assert httpx.post(f"{writer}{PROJECTS}", json=project, headers=AUTH).status_code == 201
    maps = f"{PROJECTS}/plane/control-plane/api/v1/namespaces/default/configmaps"
    assert httpx.get(f"{writer}{maps}", headers=AUTH).status_code == 200  # the world starts there
    start = httpx.get(f"{watcher}{maps}", headers=AUTH).json()["metadata"]["resourceVersion"]
    merge = {**AUTH, "Content-Type": "application/merge-patch+json"}

    def writes() -> None:
        with httpx.Client(timeout=10) as client:
            for method, path, body in (
                ("POST", maps, {"metadata": {"name": "cm"}, "data": {"k": "1"}}),
                ("PATCH", f"{maps}/cm", {"data": {"k": "2"}}),
                ("DELETE", f"{maps}/cm", None),
            ):
                time.sleep(0.3)  # apart, so each is its own event (a poll takes in the latest state)
                headers = merge if method == "PATCH" else AUTH
                answer = client.request(method, f"{writer}{path}", json=body, headers=headers)
                assert answer.status_code in (200, 201), answer.text

    events = watch(f"{watcher}{maps}", f"resourceVersion={start}&timeoutSeconds=2", writes)
    assert [(e["type"], e["object"]["metadata"]["name"]) for e in events] == [
        ("ADDED", "cm"),
        ("MODIFIED", "cm"),
        ("DELETED", "cm"),
    ]
    assert events[1]["object"]["data"] == {"k": "2"}
    versions = [int(e["object"]["metadata"]["resourceVersion"]) for e in events]
    assert int(start) < versions[0] < versions[1] < versions[2]

    # Written while nobody watched: a watch resumed from the last version seen replays it.
    later = {"metadata": {"name": "later"}, "data": {}}
    assert httpx.post(f"{writer}{maps}", json=later, headers=AUTH).status_code == 201
    missed = watch(f"{watcher}{maps}", f"resourceVersion={versions[-1]}&timeoutSeconds=1")
    assert [(e["type"], e["object"]["metadata"]["name"]) for e in missed] == [("ADDED", "later")]
    assert int(missed[0]["object"]["metadata"]["resourceVersion"]) > versions[-1]
    # The watcher took the world in at `start`: anything older is compacted there, as after etcd's.
    expired = watch(f"{watcher}{maps}", "resourceVersion=1&timeoutSeconds=1")
    assert [(e["type"], e["object"]["code"], e["object"]["reason"]) for e in expired] == [
        ("ERROR", 410, "Expired")
    ]
