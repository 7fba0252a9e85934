"""What a DELETE of one object does, as the API server's registry decides it
(k8s.io/apiserver `registry/generic/registry/store.go`, `Delete` and `deletionFinalizersForGarbageCollection`;
`endpoints/handlers/delete.go` for the answer's status code).

A delete first settles the garbage collector's finalizers from the DeleteOptions: `orphan` for the
Orphan policy, `foregroundDeletion` for Foreground, neither for Background; with no policy given the
object keeps the ones it has. An object left with any finalizer is only marked deleting
(`deletionTimestamp`, `deletionGracePeriodSeconds: 0`, its generation bumped the first time) and the
answer is the object; an object with none is removed at once and the answer is a `Status` of success
(or the object, for the kinds whose registry returns it). A delete that only marked answers 202
when the old `orphanDependents: false` was sent, 200 otherwise.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "BACKGROUND",
    "FOREGROUND",
    "FOREGROUND_FINALIZER",
    "GC_FINALIZERS",
    "ORPHAN",
    "ORPHAN_FINALIZER",
    "DeleteOptions",
    "Deletion",
    "marked_deleting",
    "now_rfc3339",
]

# DeleteOptions' propagation policies, and the finalizers the garbage collector handles for them.
BACKGROUND, FOREGROUND, ORPHAN = "Background", "Foreground", "Orphan"
ORPHAN_FINALIZER = "orphan"
FOREGROUND_FINALIZER = "foregroundDeletion"
GC_FINALIZERS = frozenset({ORPHAN_FINALIZER, FOREGROUND_FINALIZER})


def now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class DeleteOptions:
    """The parts of a delete's `DeleteOptions` (body, else query) that decide what it does."""

    propagation_policy: str | None = None
    orphan_dependents: bool | None = None  # the deprecated spelling; it wins over the policy
    dry_run: bool = False

    @classmethod
    def of(cls, query: Mapping[str, Any], body: Any) -> DeleteOptions:
        """From the body when there is one (the query is then not read, as delete.go decodes one or
        the other), else from the query."""
        source: Mapping[str, Any] = body if isinstance(body, dict) else query
        policy, orphan, dry_run = (source.get(k) for k in ("propagationPolicy", "orphanDependents", "dryRun"))
        return cls(
            str(policy) if policy else None,
            orphan if isinstance(orphan, bool) else None,
            dry_run == "All" or (isinstance(dry_run, list) and "All" in dry_run),
        )

    def _orphans(self, finalizers: Sequence[str]) -> bool:
        if self.orphan_dependents is not None:
            return self.orphan_dependents
        if self.propagation_policy is not None:
            return self.propagation_policy == ORPHAN
        return ORPHAN_FINALIZER in finalizers

    def _in_foreground(self, finalizers: Sequence[str]) -> bool:
        if self.orphan_dependents is not None:
            return False
        if self.propagation_policy is not None:
            return self.propagation_policy == FOREGROUND
        return FOREGROUND_FINALIZER in finalizers

    def finalizers(self, existing: Sequence[str]) -> list[str]:
        """The object's finalizers once this delete has set the garbage collector's."""
        kept = [f for f in existing if f not in GC_FINALIZERS]
        if self._orphans(existing):
            kept.append(ORPHAN_FINALIZER)
        if self._in_foreground(existing):
            kept.append(FOREGROUND_FINALIZER)
        return kept if set(kept) != set(existing) else list(existing)

    def status_code(self, deletion: Deletion) -> int:
        """delete.go: 202 only when the object was not deleted at once and `orphanDependents` was
        explicitly false (kept for old clients); 200 otherwise."""
        return 202 if not deletion.removed and self.orphan_dependents is False else 200


@dataclass(frozen=True)
class Deletion:
    """What a delete did: removed the object at once, or marked it deleting (`object` as marked)."""

    object: dict[str, Any]
    removed: bool


def marked_deleting(obj: dict[str, Any], finalizers: Sequence[str]) -> dict[str, Any]:
    """A copy of `obj` marked deleting with `finalizers` (store.go's `markAsDeleting`)."""
    marked = copy.deepcopy(obj)
    metadata = marked["metadata"]
    if list(finalizers):
        metadata["finalizers"] = list(finalizers)
    else:
        metadata.pop("finalizers", None)
    if not metadata.get("deletionTimestamp"):
        metadata["deletionTimestamp"] = now_rfc3339()
        if metadata.get("generation", 0) > 0:
            metadata["generation"] += 1
    metadata["deletionGracePeriodSeconds"] = 0
    return marked
