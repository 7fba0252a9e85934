"""One organization control plane's projects, versioned like etcd (`kubernetes.history.History`).

Every write gets the next resource version; each project keeps its versions for the last
`history_window` revisions, so a paged list continues the snapshot it started from and a watch can
resume from a resource version. Older versions are compacted: continuing from them answers 410.

The history lives in memory; every write first goes through `persist` (the engine stores the
project's current version and the revision in the mock's `store.Store`, in one atomic step), and
`restored` rebuilds a control plane from what was stored: the current projects at the stored revision,
older versions compacted away (as after an etcd compaction). On top of the history: what the API
server owns of a Project (type meta, uid, the organization label) and the controller that makes a
new project Ready after `ready_after` seconds.
"""

from __future__ import annotations

import copy
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..kubernetes.deletion import GC_FINALIZERS, DeleteOptions, Deletion, marked_deleting, now_rfc3339
from ..kubernetes.history import History, OnHistory, Persist, StoredEvent

__all__ = ["ORGANIZATION_LABEL", "PROJECTS", "REVISIONS", "ProjectStore", "StoredEvent", "now_rfc3339"]

# The store's resources: projects by "{organization}/{name}" (parent: the organization), and each
# organization's revision, written with every change of its projects.
PROJECTS = "project"
REVISIONS = "revision"
ORGANIZATION_LABEL = "resourcemanager.datumapis.com/organization-id"
API_VERSION = "resourcemanager.datumapis.com/v1alpha"


def _no_persist(name: str, project: dict[str, Any] | None, revision: int) -> None:
    return None


@dataclass
class ProjectStore(OnHistory):
    organization: str
    history_window: int = 100
    ready_after: float = 1.0  # seconds from create until the Ready condition turns True
    clock: Callable[[], float] = time.monotonic
    # Called before any write takes effect, with the project's name, its new value (None: deleted)
    # and the new revision; it raises when the write cannot be kept, and then nothing changes.
    persist: Persist = _no_persist
    history: History = field(init=False)
    _provisioning: dict[str, tuple[str, float]] = field(default_factory=dict)  # name -> (uid, due)
    _lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        self.history = History(window=self.history_window, persist=self.persist)

    @classmethod
    def restored(
        cls, organization: str, projects: list[dict[str, Any]], revision: int, persist: Persist
    ) -> ProjectStore:
        """A control plane as it was stored: projects still provisioning become Ready `ready_after`
        seconds from now."""
        store = cls(organization, persist=persist)
        store.history = History.restored(
            ((p["metadata"]["name"], p) for p in projects), revision, persist, window=store.history_window
        )
        due = store.clock() + store.ready_after
        for project in projects:
            metadata = project["metadata"]
            if not _ready(project):
                store._provisioning[metadata["name"]] = (metadata.get("uid", ""), due)
        return store

    def absorb(self, projects: list[dict[str, Any]], revision: int) -> bool:
        """Take what another process wrote (the stored `projects` at `revision`) as events, so watches
        here see them; False when this copy cannot follow (the store went back: a reset)."""
        with self._lock:
            changed = self.history.absorb({p["metadata"]["name"]: p for p in projects}, revision)
            if changed is None:
                return False
            due = self.clock() + self.ready_after
            for name, value in changed.items():
                if value is None or _ready(value):  # provisioned (or gone) there: nothing to finish here
                    self._provisioning.pop(name, None)
                else:  # any process may finish provisioning it
                    self._provisioning.setdefault(name, (value["metadata"].get("uid", ""), due))
            return True

    # -- reads -----------------------------------------------------------------------------------

    def get(self, name: str) -> dict[str, Any] | None:
        with self._lock:
            self.reconcile()
            return self.history.get(name)

    def snapshot(self, revision: int | None = None) -> list[dict[str, Any]]:
        """Every project as of `revision` (default: now), sorted by name."""
        with self._lock:
            self.reconcile()
            return [project for _, project in self.history.snapshot("", revision)]

    def events_after(self, revision: int) -> list[StoredEvent]:
        with self._lock:
            self.reconcile()
            return self.history.events_after(revision)

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

    def admitted(self, project: dict[str, Any]) -> dict[str, Any]:
        """The project as `create` would store it, without storing it (a dry run's answer)."""
        preview = copy.deepcopy(project)
        preview["apiVersion"], preview["kind"] = API_VERSION, "Project"
        preview["metadata"].setdefault("labels", {})[ORGANIZATION_LABEL] = self.organization
        return preview

    def update(self, project: dict[str, Any]) -> dict[str, Any]:
        """Store a changed project; one being deleted goes once its last finalizer is removed."""
        with self._lock:
            written = self._write(project, "MODIFIED")
            return self._collected(written) or written

    def delete(self, name: str, options: DeleteOptions, *, dry_run: bool = False) -> Deletion:
        """Remove a project, or, while finalizers hold it, mark it deleting (`deletionTimestamp`)."""
        with self._lock:
            current = self.history.get(name)
            assert current is not None
            finalizers = options.finalizers(current["metadata"].get("finalizers") or [])
            if not finalizers:
                if dry_run:
                    return Deletion(current, removed=True)
                self._provisioning.pop(name, None)
                return Deletion(self.history.remove(name), removed=True)
            marked = marked_deleting(current, finalizers)
            if dry_run:
                return Deletion(marked, removed=False)
            if marked != current:
                marked = self._write(marked, "MODIFIED")
            self._collected(marked)
            return Deletion(marked, removed=False)

    def _collected(self, project: dict[str, Any]) -> dict[str, Any] | None:
        """What the garbage collector does with a project being deleted: no organization-plane
        object names a Project as its owner, so its `orphan` and `foregroundDeletion` finalizers are
        done at once; with no other finalizer left the project goes (its removal, else None)."""
        metadata = project["metadata"]
        if not metadata.get("deletionTimestamp"):
            return None
        finalizers = metadata.get("finalizers") or []
        if any(f not in GC_FINALIZERS for f in finalizers):
            if any(f in GC_FINALIZERS for f in finalizers):
                done = copy.deepcopy(project)
                done["metadata"]["finalizers"] = [f for f in finalizers if f not in GC_FINALIZERS]
                self._write(done, "MODIFIED")
            return None
        if finalizers:  # the collector removes its finalizers (one write), then the project goes
            done = copy.deepcopy(project)
            done["metadata"].pop("finalizers")
            self._write(done, "MODIFIED")
        self._provisioning.pop(metadata["name"], None)
        return self.history.remove(metadata["name"])

    def _write(self, project: dict[str, Any], event: str) -> dict[str, Any]:
        return self.history.put(project["metadata"]["name"], self.admitted(project), event)

    # -- the project controller ------------------------------------------------------------------

    def reconcile(self) -> None:
        """Mark projects Ready once their control plane is "provisioned" (`ready_after` seconds)."""
        with self._lock:
            now = self.clock()
            for name, (uid, due) in list(self._provisioning.items()):
                if due > now:
                    continue
                del self._provisioning[name]
                current = self.history.get(name)
                if current is None or current["metadata"].get("uid") != uid or _ready(current):
                    continue  # gone, replaced, or made Ready by another process sharing the store
                set_condition(current, "True", "Ready", "The project's control plane is ready.")
                self._write(current, "MODIFIED")


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
