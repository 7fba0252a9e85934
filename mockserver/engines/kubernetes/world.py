"""One control plane's objects: every kind in one versioned history, as an API server keeps them in
etcd; the collections the verbs work on; namespaces; garbage collection; and controllers.

After every write the world runs its controllers (functions of the world that write in their turn)
and then collects garbage (objects whose owners are gone), until nothing changes, all inside the
request that wrote: what the platform does is deterministic and visible to the next read or watch.
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .deletion import (
    BACKGROUND,
    FOREGROUND,
    FOREGROUND_FINALIZER,
    ORPHAN,
    ORPHAN_FINALIZER,
    DeleteOptions,
    Deletion,
    marked_deleting,
    now_rfc3339,
)
from .history import History, HistoryView, OnHistory, Persist, StoredEvent
from .kinds import Kind
from .statuses import KubeError, ResourceName

__all__ = [
    "BACKGROUND",
    "FOREGROUND",
    "NAMESPACES",
    "ORPHAN",
    "PROTECTED_NAMESPACES",
    "Controller",
    "KindCollection",
    "World",
    "now_rfc3339",
]

NAMESPACES = Kind("", "v1", "Namespace", "namespaces", namespaced=False)
# Namespaces the API server keeps whatever clients ask (deleting one is 403 Forbidden).
PROTECTED_NAMESPACES = frozenset({"default", "kube-system", "kube-public", "kube-node-lease"})
_BACKGROUND = DeleteOptions()  # no policy given: the object's own finalizers decide
_MAX_ROUNDS = 50  # controllers that keep writing after this many rounds have a bug; stop them

Controller = Callable[["World"], None]
# Fills in a kind's schema defaults (in place), on every write: a client's, a controller's, a seed's.
Defaulting = Callable[[Kind, dict[str, Any]], dict[str, Any]]


def _no_defaults(kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
    return obj


class World:
    """The objects of one control plane."""

    def __init__(
        self,
        history: History,
        *,
        kinds: Iterable[Kind] = (),
        controllers: Sequence[Controller] = (),
        defaults: Defaulting = _no_defaults,
    ) -> None:
        self.history = history
        self.kinds = {(k.group, k.kind): k for k in kinds}
        self.controllers = controllers
        self.defaults = defaults
        self._reacting = threading.local()
        self.owner = ""  # whose world it is (a Project's uid), for the engine that keeps it

    @classmethod
    def fresh(
        cls,
        persist: Persist,
        kinds: Iterable[Kind],
        controllers: Sequence[Controller] = (),
        defaults: Defaulting = _no_defaults,
    ) -> World:
        return cls(History(persist=persist), kinds=kinds, controllers=controllers, defaults=defaults)

    # -- objects ---------------------------------------------------------------------------------

    def get(self, kind: Kind, namespace: str, name: str) -> dict[str, Any] | None:
        return self.history.get(kind.key(namespace, name))

    def list(self, kind: Kind, namespace: str | None = None) -> list[dict[str, Any]]:
        return [obj for _, obj in self.history.snapshot(kind.prefix(namespace))]

    def _terminating(self, namespace: str) -> bool:
        found = self.history.get(NAMESPACES.key("", namespace))
        return found is not None and bool(found["metadata"].get("deletionTimestamp"))

    def namespace_exists(self, namespace: str) -> bool:
        """Namespaced objects need their namespace, where the world serves Namespaces at all."""
        if (NAMESPACES.group, NAMESPACES.kind) not in self.kinds:
            return True
        return self.history.get(NAMESPACES.key("", namespace)) is not None

    def create(self, kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        """Store a new object: what the server owns filled in, then the platform reacts."""
        with self.history.lock:
            stored = self.defaults(kind, self.admitted(kind, obj))
            metadata = stored["metadata"]
            if kind.namespaced and not self.namespace_exists(metadata["namespace"]):
                raise KubeError.not_found(NAMESPACES.resource, metadata["namespace"])
            if kind.namespaced and self._terminating(metadata["namespace"]):
                message = (
                    f'{kind.resource.plural} "{metadata["name"]}" is forbidden: unable to create new content '
                    f"in namespace {metadata['namespace']} because it is being terminated"
                )
                raise KubeError(403, "Forbidden", message, kind.resource.details(metadata["name"]))
            metadata.update(uid=str(uuid.uuid4()), creationTimestamp=now_rfc3339(), generation=1)
            written = self.history.put(
                kind.key(metadata.get("namespace", ""), metadata["name"]), stored, "ADDED"
            )
            self.react()
            return written

    def update(self, kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        """Store a changed object (defaulted); one that does not change is not written again, as the
        API server skips a no-op update (no new resourceVersion, no event)."""
        with self.history.lock:
            wanted = self.defaults(kind, copy.deepcopy(obj))
            metadata = wanted["metadata"]
            key = kind.key(metadata.get("namespace", ""), metadata["name"])
            current = self.history.get(key)
            if current is not None and current == wanted:
                return current
            written = self._put(key, wanted)
            self.react()
            return written

    def defaulted(self, kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        """A copy of `obj` with `kind`'s defaults filled in (what a write of it would store)."""
        return self.defaults(kind, copy.deepcopy(obj))

    def _put(self, key: str, obj: dict[str, Any]) -> dict[str, Any]:
        """Store a changed object; one being deleted goes once its last finalizer is removed."""
        written = self.history.put(key, obj, "MODIFIED")
        if key.startswith(NAMESPACES.prefix()):
            return written  # a namespace goes once it is empty too (`collect_garbage`)
        if obj["metadata"].get("deletionTimestamp") and not obj["metadata"].get("finalizers"):
            return self.history.remove(key)
        return written

    def delete(
        self,
        kind: Kind,
        namespace: str,
        name: str,
        options: DeleteOptions = _BACKGROUND,
        *,
        dry_run: bool = False,
    ) -> Deletion:
        """Delete an object (`deletion.py` says how the API server decides): removed at once, or, while
        finalizers hold it, marked deleting (`deletionTimestamp`) until the last is removed. The
        garbage collector's finalizers say what happens to the objects it owns (`ownerReferences`):
        `foregroundDeletion` (collected first, the owner waiting), `orphan` (left, their reference
        removed); without either they are collected after it (Background). A Namespace is always
        marked first (Terminating): it takes everything in it along, then goes itself."""
        if kind == NAMESPACES and name in PROTECTED_NAMESPACES:
            message = f'namespaces "{name}" is forbidden: this namespace may not be deleted'
            raise KubeError(403, "Forbidden", message, NAMESPACES.resource.details(name))
        with self.history.lock:
            key = kind.key(namespace, name)
            current = self.history.get(key)
            if current is None:
                raise KubeError.not_found(kind.resource, name)
            finalizers = options.finalizers(current["metadata"].get("finalizers") or [])
            if not finalizers and kind != NAMESPACES:
                if dry_run:
                    return Deletion(current, removed=True)
                gone = self.history.remove(key)
                self.react()
                return Deletion(gone, removed=True)
            marked = self._terminating_marked(key, marked_deleting(current, finalizers))
            if dry_run:
                return Deletion(marked, removed=False)
            if marked != current:
                marked = self.history.put(key, marked, "MODIFIED")
            if kind == NAMESPACES:
                for inner in self._contents(name):
                    if self.history.get(inner) is not None:
                        self._finalize_or_remove(inner)
            self.react()  # the garbage collector takes it once its own finalizers are done
            return Deletion(marked, removed=False)

    @staticmethod
    def _terminating_marked(key: str, marked: dict[str, Any]) -> dict[str, Any]:
        if key.startswith(NAMESPACES.prefix()):
            marked.setdefault("status", {})["phase"] = "Terminating"
        return marked

    def _mark_deleting(self, key: str, obj: dict[str, Any]) -> dict[str, Any]:
        marked = self._terminating_marked(key, marked_deleting(obj, obj["metadata"].get("finalizers") or []))
        return marked if marked == obj else self.history.put(key, marked, "MODIFIED")

    def _finalize_or_remove(self, key: str) -> dict[str, Any]:
        """Remove the object at `key`, or mark it deleting while finalizers hold it."""
        current = self.history.get(key)
        assert current is not None
        if current["metadata"].get("finalizers"):
            return self._mark_deleting(key, current)
        return self.history.remove(key)

    def _dependents(self, uid: Any) -> tuple[tuple[str, dict[str, Any]], ...]:
        return tuple(
            (key, obj)
            for key, obj in self.history.snapshot()
            if any(
                isinstance(o, dict) and o.get("uid") == uid
                for o in obj["metadata"].get("ownerReferences") or []
            )
        )

    def _orphan(self, uid: Any) -> None:
        for key, obj in self._dependents(uid):
            left = copy.deepcopy(obj)
            owners = [
                o
                for o in left["metadata"]["ownerReferences"]
                if not (isinstance(o, dict) and o.get("uid") == uid)
            ]
            if owners:
                left["metadata"]["ownerReferences"] = owners
            else:
                left["metadata"].pop("ownerReferences")
            self.history.put(key, left, "MODIFIED")

    @staticmethod
    def admitted(kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        rest = {k: copy.deepcopy(v) for k, v in obj.items() if k not in ("apiVersion", "kind")}
        stored = {"apiVersion": kind.api_version, "kind": kind.kind, **rest}
        if not kind.namespaced:
            stored["metadata"].pop("namespace", None)
        return stored

    # -- the platform ----------------------------------------------------------------------------

    def react(self) -> None:
        """Run the controllers and the garbage collector until the world stops changing."""
        if getattr(self._reacting, "on", False):
            return  # a controller's own write: the loop below runs again anyway
        self._reacting.on = True
        try:
            for _ in range(_MAX_ROUNDS):
                before = self.history.revision
                for controller in self.controllers:
                    controller(self)
                self.collect_garbage()
                if self.history.revision == before:
                    return
        finally:
            self._reacting.on = False

    def collect_garbage(self) -> None:
        """Delete objects all of whose owners are gone (background cascading deletion) or being
        deleted in the foreground; let owners and namespaces that waited for them go."""
        objects = self.history.snapshot()
        live = {obj["metadata"].get("uid"): obj for _, obj in objects}
        for key, obj in objects:
            owners = [o for o in obj["metadata"].get("ownerReferences") or [] if isinstance(o, dict)]
            present = [live[o.get("uid")] for o in owners if o.get("uid") in live]
            waiting = any(FOREGROUND_FINALIZER in (p["metadata"].get("finalizers") or []) for p in present)
            if owners and (not present or waiting) and self.history.get(key) is not None:
                self._finalize_or_remove(key)
        for key, obj in self.history.snapshot():
            metadata = obj["metadata"]
            if not metadata.get("deletionTimestamp"):
                continue
            finalizers = metadata.get("finalizers") or []
            if ORPHAN_FINALIZER in finalizers:  # its dependents stay, without their reference to it
                self._orphan(metadata.get("uid"))
                left = copy.deepcopy(obj)
                left["metadata"]["finalizers"] = [f for f in finalizers if f != ORPHAN_FINALIZER]
                self._put(key, left)
            elif FOREGROUND_FINALIZER in finalizers and not self._dependents(metadata.get("uid")):
                left = copy.deepcopy(obj)
                left["metadata"]["finalizers"] = [f for f in finalizers if f != FOREGROUND_FINALIZER]
                self._put(key, left)
            elif (
                key.startswith(NAMESPACES.prefix())
                and not finalizers
                and not self._contents(metadata["name"])
            ):
                self.history.remove(key)  # a terminating namespace, emptied

    def _contents(self, namespace: str) -> tuple[str, ...]:
        """The keys of the objects in `namespace`."""
        return tuple(key for key, _ in self.history.snapshot() if key.split("/")[2:3] == [namespace])


class KindCollection(OnHistory):
    """The objects of one kind in one namespace (or all namespaces): what the verbs work on."""

    def __init__(self, world: World, kind: Kind, namespace: str | None) -> None:
        self.world = world
        self.history = world.history
        self.kind = kind
        self.namespace = namespace if kind.namespaced else ""
        self.view = HistoryView(world.history, kind.prefix(self.namespace))

    @property
    def resource(self) -> ResourceName:
        return self.kind.resource

    def get(self, name: str) -> dict[str, Any] | None:
        return self.world.get(self.kind, self.namespace or "", name)

    def snapshot(self, revision: int | None = None) -> list[dict[str, Any]]:
        return self.view.snapshot(revision)

    def events_after(self, revision: int) -> list[StoredEvent]:
        return self.view.events_after(revision)

    def admitted(self, obj: dict[str, Any]) -> dict[str, Any]:
        stored = copy.deepcopy(obj)
        if self.kind.namespaced:
            stored["metadata"]["namespace"] = self.namespace
        return self.world.admitted(self.kind, stored)

    def create(self, obj: dict[str, Any]) -> dict[str, Any]:
        return self.world.create(self.kind, self.admitted(obj))

    def update(self, obj: dict[str, Any]) -> dict[str, Any]:
        return self.world.update(self.kind, obj)

    def delete(self, name: str, options: DeleteOptions, *, dry_run: bool = False) -> Deletion:
        return self.world.delete(self.kind, self.namespace or "", name, options, dry_run=dry_run)
