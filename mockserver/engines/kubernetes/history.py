"""Objects by key, versioned like etcd: one revision for every write of one control plane.

Each write gets the next resource version; each key keeps its versions for the last `window`
revisions, so a paged list continues the snapshot it started from and a watch can resume from a
resource version. Older versions are compacted: reading or watching from them answers 410.

Keys sort the way Kubernetes lists: `{group}/{plural}/{namespace}/{name}`, so one prefix selects a
kind (all namespaces) or a kind in one namespace. Every write first goes through `persist` (the engine
keeps the current version and the revision in the mock's `store.Store`); it raises when the write
cannot be kept, and then nothing changes.
"""

from __future__ import annotations

import bisect
import copy
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["History", "HistoryView", "OnHistory", "Persist", "StoredEvent"]

# (key, the object's new value or None when deleted, the new revision)
Persist = Callable[[str, dict[str, Any] | None, int], None]


@dataclass(frozen=True)
class StoredEvent:
    resource_version: int
    type: str  # ADDED, MODIFIED, DELETED
    key: str
    object: dict[str, Any]


def _no_persist(key: str, value: dict[str, Any] | None, revision: int) -> None:
    return None


@dataclass
class History:
    revision: int = 0
    compacted: int = 0  # versions at or below this revision are gone
    window: int = 1000
    persist: Persist = _no_persist
    _versions: dict[str, list[tuple[int, dict[str, Any] | None]]] = field(default_factory=dict)
    _events: list[StoredEvent] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)

    @classmethod
    def restored(
        cls,
        objects: Iterable[tuple[str, dict[str, Any]]],
        revision: int,
        persist: Persist,
        *,
        window: int = 1000,
    ) -> History:
        """A history as it was stored: the current objects at `revision`, older versions compacted."""
        history = cls(revision=revision, compacted=revision, window=window, persist=persist)
        for key, obj in objects:
            history._versions[key] = [(int(obj["metadata"]["resourceVersion"]), obj)]
        return history

    # -- reads -----------------------------------------------------------------------------------

    def get(self, key: str) -> dict[str, Any] | None:
        with self.lock:
            versions = self._versions.get(key)
            return copy.deepcopy(versions[-1][1]) if versions and versions[-1][1] is not None else None

    def snapshot(self, prefix: str = "", revision: int | None = None) -> list[tuple[str, dict[str, Any]]]:
        """Every object under `prefix` as of `revision` (default: now), sorted by key."""
        with self.lock:
            at = self.revision if revision is None else revision
            found = []
            for key in sorted(k for k in self._versions if k.startswith(prefix)):
                versions = self._versions[key]
                index = bisect.bisect_right(versions, at, key=lambda v: v[0]) - 1
                obj = versions[index][1] if index >= 0 else None
                if obj is not None:
                    found.append((key, copy.deepcopy(obj)))
            return found

    def events_after(self, revision: int, prefix: str = "") -> list[StoredEvent]:
        with self.lock:
            index = bisect.bisect_right(self._events, revision, key=lambda e: e.resource_version)
            return [copy.deepcopy(e) for e in self._events[index:] if e.key.startswith(prefix)]

    def absorb(
        self, stored: Mapping[str, dict[str, Any]], revision: int
    ) -> dict[str, dict[str, Any] | None] | None:
        """Take what another process wrote (every stored object by key, at `revision`) as events, so
        watches here see them; what changed (None: deleted), or None when this history cannot
        follow (the store went back: a reset)."""
        with self.lock:
            if revision < self.revision:
                return None
            changes: list[tuple[int, str, str, dict[str, Any] | None, dict[str, Any]]] = []
            for key, obj in stored.items():
                version = int(obj["metadata"]["resourceVersion"])
                if version > self.revision:
                    kind = "MODIFIED" if self._current(key) is not None else "ADDED"
                    changes.append((version, kind, key, obj, obj))
            for key in list(self._versions):
                current = self._current(key)
                if current is not None and key not in stored:  # deleted there: when exactly is not stored
                    gone = copy.deepcopy(current)
                    gone["metadata"]["resourceVersion"] = str(revision)
                    changes.append((revision, "DELETED", key, None, gone))
            changed: dict[str, dict[str, Any] | None] = {}
            for version, kind, key, value, shown in sorted(changes, key=lambda c: c[0]):
                self._versions.setdefault(key, []).append((version, value))
                self._events.append(StoredEvent(version, kind, key, shown))
                changed[key] = value
            self.revision = revision
            self._compact()
            return changed

    def _current(self, key: str) -> dict[str, Any] | None:
        versions = self._versions.get(key)
        return versions[-1][1] if versions else None

    # -- writes ----------------------------------------------------------------------------------

    def put(self, key: str, obj: dict[str, Any], event: str) -> dict[str, Any]:
        """Store `obj` under `key` at the next revision (its `metadata.resourceVersion`)."""
        with self.lock:
            stored = copy.deepcopy(obj)
            stored["metadata"]["resourceVersion"] = str(self.revision + 1)
            self.persist(key, stored, self.revision + 1)
            self.revision += 1
            self._versions.setdefault(key, []).append((self.revision, stored))
            self._events.append(StoredEvent(self.revision, event, key, stored))
            self._compact()
            return copy.deepcopy(stored)

    def remove(self, key: str) -> dict[str, Any]:
        """Delete what `key` holds (it must hold something); the object as last seen, at the new revision."""
        with self.lock:
            current = self._versions[key][-1][1]
            assert current is not None
            gone = copy.deepcopy(current)
            gone["metadata"]["resourceVersion"] = str(self.revision + 1)
            self.persist(key, None, self.revision + 1)
            self.revision += 1
            self._versions[key].append((self.revision, None))
            self._events.append(StoredEvent(self.revision, "DELETED", key, gone))
            self._compact()
            return copy.deepcopy(gone)

    def _compact(self) -> None:
        floor = self.revision - self.window
        if floor <= self.compacted:
            return
        self.compacted = floor
        for key in list(self._versions):
            versions = self._versions[key]
            keep_from = max(bisect.bisect_right(versions, floor, key=lambda v: v[0]) - 1, 0)
            versions = versions[keep_from:]
            if len(versions) == 1 and versions[0][1] is None and versions[0][0] <= floor:
                del self._versions[key]
            else:
                self._versions[key] = versions
        index = bisect.bisect_right(self._events, floor, key=lambda e: e.resource_version)
        del self._events[:index]


class OnHistory:
    """What reads from a `history` tells about it: its revision, and below which it is compacted."""

    history: History

    @property
    def revision(self) -> int:
        return self.history.revision

    @property
    def compacted(self) -> int:
        return self.history.compacted


@dataclass(frozen=True)
class HistoryView(OnHistory):
    """One kind (optionally in one namespace) of a history: what lists and watches read."""

    history: History
    prefix: str

    def snapshot(self, revision: int | None = None) -> list[dict[str, Any]]:
        return [obj for _, obj in self.history.snapshot(self.prefix, revision)]

    def events_after(self, revision: int) -> list[StoredEvent]:
        return self.history.events_after(revision, self.prefix)
