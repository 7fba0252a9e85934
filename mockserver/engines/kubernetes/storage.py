"""Worlds kept in the mock's `store.Store`: each object's current version and each world's revision,
written in one atomic step per change, so a world outlives a restart with `--state` (older versions
are compacted away, as after an etcd compaction).

Records: `object` by "{world}|{key}" (parent: the world's id) and `revision` by the world's id, in the
namespace given (one per served API).
"""

from __future__ import annotations

from typing import Any

from ...store import Delete, Put, Record, Store, VersionConflictError
from .history import History, Persist

__all__ = ["OBJECTS", "REVISIONS", "StoredWorlds"]

OBJECTS = "object"
REVISIONS = "revision"


class StoredWorlds:
    """The histories of the worlds kept in one store namespace."""

    def __init__(self, state: Store, namespace: str) -> None:
        self.state = state
        self.namespace = namespace
        self.seen = -1  # the namespace's revision the caller's in-memory worlds reflect

    @property
    def changed(self) -> bool:
        """Did someone else write (another process sharing the store) since we last looked?"""
        return self.state.revision(self.namespace) != self.seen

    def ids(self) -> dict[str, dict[str, Any]]:
        """Every stored world's id and what its revision record holds."""
        self.seen = self.state.revision(self.namespace)
        return {r.id: r.body for r in self.state.list(self.namespace, REVISIONS)}

    def restored(self, world: str, revision: int, extra: dict[str, Any] | None = None) -> History:
        return History.restored(self._objects(world).items(), revision, self.persister(world, extra))

    def follow(self, world: str, history: History, stored: dict[str, Any]) -> bool:
        """Take what other processes wrote into `world` (`stored`: what its revision record holds)
        into `history` as watch events, as `ProjectStore.absorb` does for Projects; False when the
        history cannot follow (the store went back: a reset)."""
        objects = self._objects(world)
        # Objects read after the revision record may be newer: the history takes the newest version.
        versions = (int(obj["metadata"]["resourceVersion"]) for obj in objects.values())
        return history.absorb(objects, max(int(stored["revision"]), *versions)) is not None

    def _objects(self, world: str) -> dict[str, dict[str, Any]]:
        return {
            record.id.split("|", 1)[1]: record.body
            for record in self.state.list(self.namespace, OBJECTS, world)
            if record.parent == world
        }

    def persister(self, world: str, extra: dict[str, Any] | None = None) -> Persist:
        """Writes a world's changes through; `extra` is kept beside its revision (an owner's uid)."""

        def persist(key: str, obj: dict[str, Any] | None, revision: int) -> None:
            record_id = f"{world}|{key}"
            change = (
                Put(OBJECTS, Record(record_id, world, obj)) if obj is not None else Delete(OBJECTS, record_id)
            )
            counter = Put(REVISIONS, Record(world, "", {**(extra or {}), "revision": revision}))
            try:
                # At the revision the worlds reflect: a decision on a stale copy is refused, not stored.
                self.seen = self.state.apply(self.namespace, (change, counter), at=self.seen)
            except VersionConflictError:
                self.seen = -1  # another process wrote first: reload, and decide again (`ApiHandler`)
                raise

        return persist

    def drop(self, world: str) -> None:
        changes = [
            Delete(OBJECTS, r.id)
            for r in self.state.list(self.namespace, OBJECTS, world)
            if r.parent == world
        ]
        self.seen = self.state.apply(self.namespace, [*changes, Delete(REVISIONS, world)])

    def clear(self) -> None:
        self.state.clear(self.namespace)
        self.seen = self.state.revision(self.namespace)
