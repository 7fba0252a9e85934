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
    steps = (
        ("POST", maps, {"metadata": {"name": "cm"}, "data": {"k": "1"}}),
        ("PATCH", f"{maps}/cm", {"data": {"k": "2"}}),
        ("DELETE", f"{maps}/cm", None),
    )
    statuses: list[int] = []
    events: list[dict[str, Any]] = []
    seen = start
    for method, path, body in steps:

        def write(method: str = method, path: str = path, body: Any = body) -> None:
            time.sleep(0.2)  # the watch is open: the event comes live (or replayed, had it not been)
            headers = merge if method == "PATCH" else AUTH
            statuses.append(httpx.request(method, f"{writer}{path}", json=body, headers=headers).status_code)

        # Each write once the one before has reached the watcher, so no poll takes in two at once.
        arrived = _events_after(f"{watcher}{maps}", seen, write)
        events += arrived
        seen = arrived[-1]["object"]["metadata"]["resourceVersion"] if arrived else seen
    assert statuses == [201, 200, 200]
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


def _events_after(url: str, version: str, during: Callable[[], None]) -> list[dict[str, Any]]:
    """The events after `version` of a watch open while `during` runs, resumed until some arrive (a
    busy machine may take longer than one watch to answer the write)."""
    events = watch(url, f"resourceVersion={version}&timeoutSeconds=2", during)
    deadline = time.monotonic() + 20
    while not events and time.monotonic() < deadline:
        events = watch(url, f"resourceVersion={version}&timeoutSeconds=1")
    return events
