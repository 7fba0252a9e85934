"""The one state interface every behaviour keeps its records through, and the in-memory store.

A record is a JSON document in a namespace (one per API), under a resource name (`service`,
`backup-targets`, `node`) and an id, with the concrete path of the collection it was created in
(`parent`), so lists can be scoped to a parent while reads by id are not (PDS creates under
`/api/tenants/T/backup-targets` and reads at `/api/backup-targets/{id}`). Records are immutable
values: writers put new dicts.

Each namespace has a revision that every write (and `clear`) advances; a record carries the
revision it was written at as its `version`. `apply` writes several records in one atomic step
(Data HUB's permission replacement and cascading deletes, a Datum project with its resource version),
optionally only when records are still at the versions the writer read (`expect`, optimistic
concurrency); an engine that caches records in memory compares `revision` with the revision it last
saw to learn that someone else wrote (another process sharing the store), and writes with `at=` that
revision so that a write decided on a stale copy is refused (`VersionConflictError`) instead of stored.

A shared store (PostgreSQL) can be unreachable for a while: its operations then raise
`StoreUnavailableError`, which the pipeline answers 503 in the API's error model.

While it serves an API request the app tells the store when that request arrived (`Store.arrived`,
stamped by the server under `ARRIVED` in the ASGI scope's state): a read may then be answered from
what the database said in a round trip sent after that moment (by a request served just before), so
it still sees every write acknowledged before the request was sent, on any process. The same holds
for `revision`, so an answer kept at a revision may be replayed while a revision asked that way is
unchanged (`Store.current_revision`, `replay.py`), on one process or many.

The interface is synchronous on purpose: behaviours run synchronously inside one request, the memory
store never blocks, and a SQLite commit in WAL mode costs microseconds (see `state_file.py`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ARRIVED",
    "Change",
    "Delete",
    "MemoryStore",
    "Put",
    "Record",
    "Store",
    "StoreUnavailableError",
    "VersionConflictError",
    "check_revision",
    "under",
]


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    parent: str  # the collection path the record was created under; "" means every parent
    body: dict[str, Any]
    # The namespace revision of the write that stored it (0 before it is stored); not part of equality:
    # two records with the same content are the same record.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Put:
    """Insert or replace `record`. `expect`: None writes whatever is there; 0 only when nothing is;
    N only when the stored record is at version N."""

    resource: str
    record: Record
    expect: int | None = None


@dataclass(frozen=True, slots=True)
class Delete:
    """Remove a record (nothing there is fine unless `expect` names a version)."""

    resource: str
    id: str
    expect: int | None = None


Change = Put | Delete

# The key in an ASGI scope's "state" under which the server (`bounded_http.py`) stamps a request with
# `time.monotonic_ns()` as its first bytes are read.
ARRIVED = "mockserver.arrived"


class VersionConflictError(Exception):
    """An `apply` whose `expect` did not hold; nothing of it was written."""

    def __init__(self, resource: str, id: str, expected: int, found: int) -> None:
        super().__init__(f"{resource} {id!r}: expected version {expected}, found {found}")
        self.resource, self.id, self.expected, self.found = resource, id, expected, found


class StoreUnavailableError(Exception):
    """The store cannot be reached now (its database is down); nothing was written. Retrying later works."""


def check_revision(namespace: str, at: int | None, current: int) -> None:
    """Raise the conflict of an `apply(..., at=at)` that finds the namespace at `current`."""
    if at is not None and current != at:
        raise VersionConflictError("", namespace, at, current)


class Store(ABC):
    """Records by (namespace, resource, id); `list` keeps insertion order, updates keep the position."""

    # When the API request being served arrived (`ARRIVED`), set by the app around its dispatch; None
    # outside a request or when the server does not stamp one. A shared store may answer the request's
    # reads from a round trip it sent later than this; it must not use one sent earlier.
    arrived: int | None = None

    @property
    def current_revision(self) -> bool:
        """Does `revision`, asked while a request is served, reflect every write acknowledged before
        that request arrived, by this process or any other? Answers made at a revision are then
        replayed while it holds (`replay.py`). False unless the store knows better: a store whose
        revision could lag behind another process's write would have its answers replayed stale."""
        return False

    @abstractmethod
    def get(self, namespace: str, resource: str, id: str) -> Record | None: ...

    @abstractmethod
    def put(self, namespace: str, resource: str, record: Record) -> None:
        """Insert or replace; returns only once the write is durable for this store."""

    @abstractmethod
    def delete(self, namespace: str, resource: str, id: str) -> bool:
        """Remove; True when something was there."""

    @abstractmethod
    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        """Records whose parent lies under `parent` (prefix match, segment-wise), or have no parent."""

    @abstractmethod
    def apply(self, namespace: str, changes: Sequence[Change], *, at: int | None = None) -> int:
        """Write every change or none (raising `VersionConflictError`), durably, as one revision of the
        namespace; returns that revision, the version of every record written. `at`: only when the
        namespace is still at that revision (the writer's copy is current); else the error names the
        namespace as `id` with an empty `resource`."""

    def resources(self, namespace: str) -> Sequence[str]:
        """The resource names holding records in `namespace`, sorted (what the inspector page shows)."""
        return []

    @abstractmethod
    def revision(self, namespace: str) -> int:
        """The namespace's latest revision (0 before its first write)."""

    @abstractmethod
    def clear(self, namespace: str | None = None) -> None:
        """Forget one namespace, or everything (revisions still advance: caches see the change)."""

    def close(self) -> None:  # noqa: B027 - optional hook: only stores holding a resource override it
        """Release what the store holds (files); the memory store holds nothing."""

    def health(self) -> str:
        """What `/__mock/health` reports; raises `StoreUnavailableError` when the store cannot be used."""
        return "ok"


def under(parent: str, scope: str) -> bool:
    """Does a record created under `parent` belong to a list at `scope`? ("" is everywhere)."""
    return not parent or not scope or parent == scope or parent.startswith(scope.rstrip("/") + "/")


class MemoryStore(Store):
    """Dicts in a dict: the default; gone when the process ends."""

    @property
    def current_revision(self) -> bool:
        return True  # its dicts live in this process: nobody else can write them

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], dict[str, Record]] = {}
        self._revisions: dict[str, int] = {}

    def get(self, namespace: str, resource: str, id: str) -> Record | None:
        bucket = self._data.get((namespace, resource))
        return bucket.get(id) if bucket is not None else None

    def put(self, namespace: str, resource: str, record: Record) -> None:
        revision = self._revisions[namespace] = self._revisions.get(namespace, 0) + 1
        stored = Record(record.id, record.parent, record.body, revision)
        self._data.setdefault((namespace, resource), {})[record.id] = stored

    def delete(self, namespace: str, resource: str, id: str) -> bool:
        bucket = self._data.get((namespace, resource))
        if bucket is None or bucket.pop(id, None) is None:
            return False
        self._revisions[namespace] = self._revisions.get(namespace, 0) + 1
        return True

    def resources(self, namespace: str) -> list[str]:
        return sorted(
            resource for (name, resource), bucket in self._data.items() if name == namespace and bucket
        )

    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        bucket = self._data.get((namespace, resource))
        if not bucket:
            return []
        return [record for record in bucket.values() if under(record.parent, parent)]

    def apply(self, namespace: str, changes: Sequence[Change], *, at: int | None = None) -> int:
        check_revision(namespace, at, self._revisions.get(namespace, 0))
        for change in changes:  # check everything first: all or nothing
            if change.expect is not None:
                key = change.record.id if isinstance(change, Put) else change.id
                found = self.get(namespace, change.resource, key)
                version = found.version if found is not None else 0
                if version != change.expect:
                    raise VersionConflictError(change.resource, key, change.expect, version)
        revision = self._revisions[namespace] = self._revisions.get(namespace, 0) + 1
        for change in changes:
            if isinstance(change, Put):
                record = change.record
                stored = Record(record.id, record.parent, record.body, revision)
                self._data.setdefault((namespace, change.resource), {})[record.id] = stored
            else:
                bucket = self._data.get((namespace, change.resource))
                if bucket is not None:
                    bucket.pop(change.id, None)
        return revision

    def revision(self, namespace: str) -> int:
        return self._revisions.get(namespace, 0)

    def clear(self, namespace: str | None = None) -> None:
        namespaces = {key[0] for key in self._data} | set(self._revisions)
        for name in namespaces if namespace is None else {namespace}:
            self._revisions[name] = self._revisions.get(name, 0) + 1
        if namespace is None:
            self._data.clear()
            return
        for key in [key for key in self._data if key[0] == namespace]:
            del self._data[key]
