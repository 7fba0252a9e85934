"""Where the stateful behaviour keeps resources: a small interface and the in-memory store.

A record lives in a namespace (one per API), under a resource name (`service`, `backup-targets`) and
an id, with the concrete path of the collection it was created in (`parent`), so lists can be scoped
to a parent while reads by id are not (PDS creates under `/api/tenants/T/backup-targets` and reads at
`/api/backup-targets/{id}`). Records are treated as immutable values: writers put new dicts.

The interface is synchronous on purpose: behaviours run synchronously inside one request, the memory
store never blocks, and a SQLite commit in WAL mode costs microseconds (see `state_file.py`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

__all__ = ["MemoryStore", "Record", "Store"]


@dataclass(frozen=True)
class Record:
    id: str
    parent: str  # the collection path the record was created under; "" means every parent
    body: dict[str, Any]


class Store(ABC):
    """Resources by (namespace, resource, id); `list` keeps insertion order, updates keep the position."""

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
    def clear(self, namespace: str | None = None) -> None:
        """Forget one namespace, or everything."""

    def close(self) -> None:  # noqa: B027 - optional hook: only stores holding a resource override it
        """Release what the store holds (files); the memory store holds nothing."""


def under(parent: str, scope: str) -> bool:
    """Does a record created under `parent` belong to a list at `scope`? ("" is everywhere)."""
    return not parent or not scope or parent == scope or parent.startswith(scope.rstrip("/") + "/")


class MemoryStore(Store):
    """Dicts in a dict: the default; gone when the process ends."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], dict[str, Record]] = {}

    def get(self, namespace: str, resource: str, id: str) -> Record | None:
        bucket = self._data.get((namespace, resource))
        return bucket.get(id) if bucket is not None else None

    def put(self, namespace: str, resource: str, record: Record) -> None:
        self._data.setdefault((namespace, resource), {})[record.id] = record

    def delete(self, namespace: str, resource: str, id: str) -> bool:
        bucket = self._data.get((namespace, resource))
        return bucket is not None and bucket.pop(id, None) is not None

    def list(self, namespace: str, resource: str, parent: str = "") -> list[Record]:
        bucket = self._data.get((namespace, resource))
        if not bucket:
            return []
        return [record for record in bucket.values() if under(record.parent, parent)]

    def clear(self, namespace: str | None = None) -> None:
        if namespace is None:
            self._data.clear()
            return
        for key in [key for key in self._data if key[0] == namespace]:
            del self._data[key]
