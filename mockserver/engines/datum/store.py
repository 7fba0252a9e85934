"""One organization control plane's projects, versioned like etcd.

Every write gets the next resource version; each project keeps its versions for the last
`history_window` revisions, so a paged list continues the snapshot it started from and a watch can
resume from a resource version. Older versions are compacted: continuing from them answers 410.

The history lives in memory; every write first goes through `persist` (the engine stores the
project's current version and the revision in the mock's `store.Store`, in one atomic step), and
`restored` rebuilds a control plane from what was stored: the current projects at the stored revision,
older versions compacted away (as after an etcd compaction).
"""

from __future__ import annotations

import bisect
import copy
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["ORGANIZATION_LABEL", "PROJECTS", "REVISIONS", "ProjectStore", "StoredEvent", "now_rfc3339"]

# The store's resources: projects by "{organization}/{name}" (parent: the organization), and each
# organization's revision, written with every change of its projects.
PROJECTS = "project"
REVISIONS = "revision"
ORGANIZATION_LABEL = "resourcemanager.datumapis.com/organization-id"
API_VERSION = "resourcemanager.datumapis.com/v1alpha"


def now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class StoredEvent:
    resource_version: int
    type: str  # ADDED, MODIFIED, DELETED
    object: dict[str, Any]


@dataclass
class ProjectStore:
    organization: str
    history_window: int = 100
    ready_after: float = 1.0  # seconds from create until the Ready condition turns True
    clock: Callable[[], float] = time.monotonic
    revision: int = 0
    compacted: int = 0  # versions at or below this are gone
    _versions: dict[str, list[tuple[int, dict[str, Any] | None]]] = field(default_factory=dict)
    _events: list[StoredEvent] = field(default_factory=list)
    _provisioning: dict[str, tuple[str, float]] = field(default_factory=dict)  # name -> (uid, due)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    # Called before any write takes effect, with the project's name, its new value (None: deleted)
    # and the new revision; it raises when the write cannot be kept, and then nothing changes.
    persist: Callable[[str, dict[str, Any] | None, int], None] = lambda name, project, revision: None

    @classmethod
    def restored(
        cls,
        organization: str,
        projects: list[dict[str, Any]],
        revision: int,
        persist: Callable[[str, dict[str, Any] | None, int], None],
    ) -> ProjectStore:
        """A control plane as it was stored: projects still provisioning become Ready `ready_after`
        seconds from now."""
        store = cls(organization, revision=revision, compacted=revision, persist=persist)
        due = store.clock() + store.ready_after
        for project in sorted(projects, key=lambda p: int(p["metadata"]["resourceVersion"])):
            metadata = project["metadata"]
            store._versions[metadata["name"]] = [(int(metadata["resourceVersion"]), project)]
            if not _ready(project):
                store._provisioning[metadata["name"]] = (metadata.get("uid", ""), due)
        return store

    def absorb(self, projects: list[dict[str, Any]], revision: int) -> bool:
        """Take what another process wrote (the stored `projects` at `revision`) as events, so watches
        here see them; False when this copy cannot follow (the store went back: a reset)."""
        with self._lock:
            if revision < self.revision:
                return False
            stored = {p["metadata"]["name"]: p for p in projects}
            changes: list[tuple[int, str, str, dict[str, Any] | None, dict[str, Any]]] = []
            for name, project in stored.items():
                version = int(project["metadata"]["resourceVersion"])
                if version > self.revision:
                    kind = "MODIFIED" if self._current(name) is not None else "ADDED"
                    changes.append((version, kind, name, project, project))
            for name in list(self._versions):
                current = self._current(name)
                if current is not None and name not in stored:  # deleted there: when exactly is not stored
                    gone = copy.deepcopy(current)
                    gone["metadata"]["resourceVersion"] = str(revision)
                    changes.append((revision, "DELETED", name, None, gone))
            due = self.clock() + self.ready_after
            for version, kind, name, value, shown in sorted(changes, key=lambda c: c[0]):
                self._versions.setdefault(name, []).append((version, value))
                self._events.append(StoredEvent(version, kind, shown))
                if value is None or _ready(value):  # provisioned (or gone) there: nothing to finish here
                    self._provisioning.pop(name, None)
                else:  # any process may finish provisioning it
                    self._provisioning.setdefault(name, (value["metadata"].get("uid", ""), due))
            self.revision = revision
            self._compact()
            return True

    def _current(self, name: str) -> dict[str, Any] | None:
        versions = self._versions.get(name)
        return versions[-1][1] if versions else None

    # -- reads -----------------------------------------------------------------------------------

    def get(self, name: str) -> dict[str, Any] | None:
        with self._lock:
            self.reconcile()
            versions = self._versions.get(name)
            current = versions[-1][1] if versions else None
            return copy.deepcopy(current)

    def snapshot(self, revision: int | None = None) -> list[dict[str, Any]]:
        """Every project as of `revision` (default: now), sorted by name."""
        with self._lock:
            self.reconcile()
            at = self.revision if revision is None else revision
            found = []
            for name in sorted(self._versions):
                versions = self._versions[name]
                index = bisect.bisect_right(versions, at, key=lambda v: v[0]) - 1
                project = versions[index][1] if index >= 0 else None
                if project is not None:
                    found.append(copy.deepcopy(project))
            return found

    def events_after(self, revision: int) -> list[StoredEvent]:
        with self._lock:
            self.reconcile()
            index = bisect.bisect_right(self._events, revision, key=lambda e: e.resource_version)
            return [copy.deepcopy(event) for event in self._events[index:]]

    # -- writes ----------------------------------------------------------------------------------

    def create(self, project: dict[str, Any]) -> dict[str, Any]:
        """Store a new project (its name must be free); fills in what the server owns."""
        with self._lock:
            metadata = project.setdefault("metadata", {})
            metadata["uid"] = str(uuid.uuid4())
            metadata["creationTimestamp"] = now_rfc3339()
            metadata["generation"] = 1
            stored = self._write(project, "ADDED")
            self._provisioning[metadata["name"]] = (metadata["uid"], self.clock() + self.ready_after)
            return stored

    def update(self, project: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            return self._write(project, "MODIFIED")

    def delete(self, name: str) -> dict[str, Any]:
        with self._lock:
            current = self._versions[name][-1][1]
            assert current is not None
            gone = copy.deepcopy(current)
            gone["metadata"]["resourceVersion"] = str(self.revision + 1)
            self.persist(name, None, self.revision + 1)
            self.revision += 1
            self._versions[name].append((self.revision, None))
            self._events.append(StoredEvent(self.revision, "DELETED", gone))
            self._provisioning.pop(name, None)
            self._compact()
            return copy.deepcopy(gone)

    def _write(self, project: dict[str, Any], event: str) -> dict[str, Any]:
        stored = copy.deepcopy(project)
        stored["apiVersion"], stored["kind"] = API_VERSION, "Project"
        stored["metadata"]["resourceVersion"] = str(self.revision + 1)
        stored["metadata"].setdefault("labels", {})[ORGANIZATION_LABEL] = self.organization
        self.persist(stored["metadata"]["name"], stored, self.revision + 1)
        self.revision += 1
        self._versions.setdefault(stored["metadata"]["name"], []).append((self.revision, stored))
        self._events.append(StoredEvent(self.revision, event, stored))
        self._compact()
        return copy.deepcopy(stored)

    def _compact(self) -> None:
        floor = self.revision - self.history_window
        if floor <= self.compacted:
            return
        self.compacted = floor
        for name in list(self._versions):
            versions = self._versions[name]
            keep_from = max(bisect.bisect_right(versions, floor, key=lambda v: v[0]) - 1, 0)
            versions = versions[keep_from:]
            if len(versions) == 1 and versions[0][1] is None and versions[0][0] <= floor:
                del self._versions[name]
            else:
                self._versions[name] = versions
        index = bisect.bisect_right(self._events, floor, key=lambda e: e.resource_version)
        del self._events[:index]

    # -- the project controller ------------------------------------------------------------------

    def reconcile(self) -> None:
        """Mark projects Ready once their control plane is "provisioned" (`ready_after` seconds)."""
        with self._lock:
            now = self.clock()
            for name, (uid, due) in list(self._provisioning.items()):
                if due > now:
                    continue
                del self._provisioning[name]
                versions = self._versions.get(name)
                current = versions[-1][1] if versions else None
                if current is None or current["metadata"].get("uid") != uid or _ready(current):
                    continue  # gone, replaced, or made Ready by another process sharing the store
                ready = copy.deepcopy(current)
                set_condition(ready, "True", "Ready", "The project's control plane is ready.")
                self._write(ready, "MODIFIED")

    def names(self) -> Iterator[str]:
        with self._lock:
            return iter([n for n, v in self._versions.items() if v[-1][1] is not None])


def _ready(project: dict[str, Any]) -> bool:
    conditions = project.get("status", {}).get("conditions", [])
    return any(c.get("type") == "Ready" and c.get("status") == "True" for c in conditions)


def set_condition(project: dict[str, Any], status: str, reason: str, message: str) -> None:
    """Set the Ready condition, keeping its transition time when its status does not change."""
    conditions = project.setdefault("status", {}).setdefault("conditions", [])
    condition = {
        "type": "Ready",
        "status": status,
        "reason": reason,
        "message": message,
        "lastTransitionTime": now_rfc3339(),
        "observedGeneration": project["metadata"].get("generation", 1),
    }
    for index, existing in enumerate(conditions):
        if isinstance(existing, dict) and existing.get("type") == "Ready":
            if existing.get("status") == status:
                condition["lastTransitionTime"] = existing.get(
                    "lastTransitionTime", condition["lastTransitionTime"]
                )
            conditions[index] = condition
            return
    conditions.append(condition)
