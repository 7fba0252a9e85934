"""The journal: the last requests the mock answered, for integrators to assert on (`GET /__mock/journal`)."""

from __future__ import annotations

import fnmatch
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Entry", "Journal"]


@dataclass(frozen=True, slots=True)
class Entry:
    time: float  # seconds since the epoch
    api: str | None  # None when no API is mounted at the path
    method: str
    path: str
    query: str
    status: int
    latency_ms: float
    # What broke the contract (`mockserver proxy`): `{location, severity, code, message}` each.
    violations: tuple[dict[str, Any], ...] = ()


class Journal:
    """A ring of the last `size` entries: memory stays bounded however long the mock runs."""

    def __init__(self, size: int = 1000) -> None:
        # Raw tuples, made `Entry`s only when the journal is read: recording is on every request.
        self._entries: deque[
            tuple[float, str | None, str, str, str, int, float, tuple[dict[str, Any], ...]]
        ] = deque(maxlen=size)

    def record(
        self,
        api: str | None,
        method: str,
        path: str,
        query: str,
        *,
        status: int,
        started: float,
        violations: tuple[dict[str, Any], ...] = (),
    ) -> None:
        self._entries.append(
            (time.time(), api, method, path, query, status, time.perf_counter() - started, violations)
        )

    def clear(self) -> None:
        self._entries.clear()

    def query(self, filters: dict[str, str]) -> list[dict[str, Any]]:
        """Entries oldest first, filtered by `api`, `method`, `status` (`404` or `4xx`), `path` (a glob),
        `violations=true` (only exchanges that broke the contract), and cut to the newest `limit`."""
        entries = [
            Entry(at, api, method, path, query, status, round(seconds * 1000, 3), violations)
            for at, api, method, path, query, status, seconds, violations in self._entries
        ]
        if api := filters.get("api"):
            entries = [e for e in entries if e.api == api]
        if method := filters.get("method"):
            entries = [e for e in entries if e.method == method.upper()]
        if status := filters.get("status"):
            wanted = status.lower()
            if len(wanted) == 3 and wanted.endswith("xx"):
                entries = [e for e in entries if str(e.status)[0] == wanted[0]]
            else:
                entries = [e for e in entries if str(e.status) == wanted]
        if filters.get("violations", "").lower() in ("true", "1"):
            entries = [e for e in entries if e.violations]
        if path := filters.get("path"):
            entries = [e for e in entries if fnmatch.fnmatchcase(e.path, path)]
        limit = filters.get("limit", "")
        if limit.isdigit():
            entries = entries[-int(limit) :] if int(limit) else []
        return [{**asdict(e), "violations": list(e.violations)} for e in entries]
