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
from datetime import UTC, datetime
from typing import Any

from .history import History, HistoryView, OnHistory, Persist, StoredEvent
from .kinds import Kind
from .statuses import KubeError, ResourceName

__all__ = ["NAMESPACES", "PROTECTED_NAMESPACES", "Controller", "KindCollection", "World", "now_rfc3339"]

NAMESPACES = Kind("", "v1", "Namespace", "namespaces", namespaced=False)
# Namespaces the API server keeps whatever clients ask (deleting one is 403 Forbidden).
PROTECTED_NAMESPACES = frozenset({"default", "kube-system", "kube-public", "kube-node-lease"})
_MAX_ROUNDS = 50  # controllers that keep writing after this many rounds have a bug; stop them

Controller = Callable[["World"], None]


def now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class World:
    """The objects of one control plane."""

    def __init__(
        self,
        history: History,
        *,
        kinds: Iterable[Kind] = (),
        controllers: Sequence[Controller] = (),
    ) -> None:
        self.history = history
        self.kinds = {(k.group, k.kind): k for k in kinds}
        self.controllers = controllers
        self._reacting = threading.local()
        self.owner = ""  # whose world it is (a Project's uid), for the engine that keeps it

    @classmethod
    def fresh(cls, persist: Persist, kinds: Iterable[Kind], controllers: Sequence[Controller] = ()) -> World:
        return cls(History(persist=persist), kinds=kinds, controllers=controllers)

    # -- objects ---------------------------------------------------------------------------------

    def get(self, kind: Kind, namespace: str, name: str) -> dict[str, Any] | None:
        return self.history.get(kind.key(namespace, name))

    def list(self, kind: Kind, namespace: str | None = None) -> list[dict[str, Any]]:
        return [obj for _, obj in self.history.snapshot(kind.prefix(namespace))]

    def namespace_exists(self, namespace: str) -> bool:
        """Namespaced objects need their namespace, where the world serves Namespaces at all."""
        if (NAMESPACES.group, NAMESPACES.kind) not in self.kinds:
            return True
        return self.history.get(NAMESPACES.key("", namespace)) is not None

    def create(self, kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        """Store a new object: what the server owns filled in, then the platform reacts."""
        with self.history.lock:
            stored = self.admitted(kind, obj)
            metadata = stored["metadata"]
            if kind.namespaced and not self.namespace_exists(metadata["namespace"]):
                raise KubeError.not_found(NAMESPACES.resource, metadata["namespace"])
            metadata.update(uid=str(uuid.uuid4()), creationTimestamp=now_rfc3339(), generation=1)
            written = self.history.put(
                kind.key(metadata.get("namespace", ""), metadata["name"]), stored, "ADDED"
            )
            self.react()
            return written

    def update(self, kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        with self.history.lock:
            metadata = obj["metadata"]
            written = self.history.put(
                kind.key(metadata.get("namespace", ""), metadata["name"]), obj, "MODIFIED"
            )
            self.react()
            return written

    def delete(self, kind: Kind, namespace: str, name: str) -> dict[str, Any]:
        if kind == NAMESPACES and name in PROTECTED_NAMESPACES:
            message = f'namespaces "{name}" is forbidden: this namespace may not be deleted'
            raise KubeError(403, "Forbidden", message, NAMESPACES.resource.details(name))
        with self.history.lock:
            gone = self.history.remove(kind.key(namespace, name))
            if kind == NAMESPACES:  # a namespace takes everything in it along
                for key, _ in self.history.snapshot():
                    if key.split("/")[2:3] == [name] and self.history.get(key) is not None:
                        self.history.remove(key)
            self.react()
            return gone

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
        """Delete objects all of whose owners are gone (background cascading deletion)."""
        objects = self.history.snapshot()
        uids = {obj["metadata"].get("uid") for _, obj in objects}
        for key, obj in objects:
            owners = obj["metadata"].get("ownerReferences") or []
            orphaned = owners and not any(o.get("uid") in uids for o in owners if isinstance(o, dict))
            if orphaned and self.history.get(key) is not None:
                self.history.remove(key)


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

    def delete(self, name: str) -> dict[str, Any]:
        return self.world.delete(self.kind, self.namespace or "", name)
