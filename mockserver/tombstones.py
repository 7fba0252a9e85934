"""What the generic stateful behaviour remembers of deleted records: their paths (tombstones).

The store accepts children under parents it never saw, on purpose: requests that use the spec's
example ids work without creating the parent first (example-id leniency). So a missing parent alone
cannot mean "deleted": without a memory of deletions, `POST /service/S/model` after `DELETE
/service/S` would succeed again. A delete therefore leaves a tombstone per path the record was known
at, and a request under a tombstoned path answers the spec's 404, as for a missing record.

Tombstones are records of a reserved resource in the API's namespace, written in the same atomic
`apply` as the delete: every `Store` keeps them exactly as it keeps records (in memory, in the SQLite
`--state FILE`, in PostgreSQL for every replica), and a reset empties them with the rest. They are
not records of the API: the control API's state and cascading deletes leave them out (`RESERVED`).

A tombstone names the record it stands for (resource, id, parent): when a record of that identity
exists again (re-created, by a client-chosen name or a repeated generated id) the path is alive, and a
client-named create also removes the tombstone in its own write.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from .store import Delete, Put, Record, Store

__all__ = [
    "DELETED",
    "RESERVED",
    "TOMBSTONE",
    "ancestors",
    "bury",
    "deleted_ancestor",
    "parameter_positions",
    "shape",
    "unbury",
]

TOMBSTONE = "__deleted__"  # the body of a deleted read-only record: reads of it answer 404 from then on
DELETED = "~deleted"  # the reserved resource holding tombstones, by the deleted record's path
RESERVED = frozenset({DELETED})  # resource names that are the mock's bookkeeping, not the API's


def shape(template: str) -> str:
    """A path template with its parameters unnamed: `/service/{}/model/{}`."""
    return "/".join("{}" if _is_parameter(s) else s for s in template.rstrip("/").split("/"))


def parameter_positions(template: str, records: Collection[str]) -> tuple[int, ...]:
    """Indices of the path template's parameters that end the path of a record: where the template
    up to them has the `shape` of one of `records` (item paths). The other parameters (the keys of
    Omnistrate's seven-key instance paths before the instance's id) name no record: nothing is asked."""
    segments = template.rstrip("/").split("/")
    return tuple(
        i
        for i, segment in enumerate(segments)
        if _is_parameter(segment) and shape("/".join(segments[: i + 1])) in records
    )


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def ancestors(positions: Sequence[int], template_length: int, path: str, *, itself: bool) -> list[str]:
    """The concrete paths of `path` that end in one of the template's parameters (the records it lies
    under), nearest the root first; `itself`: including the whole path when it ends in one. `path`
    may carry a mount prefix the template lacks."""
    segments = path.rstrip("/").split("/")
    offset = len(segments) - template_length
    if offset < 0:
        return []
    last = len(segments) - (0 if itself else 1)
    return ["/".join(segments[: offset + i + 1]) for i in positions if offset + i + 1 <= last]


def bury(resource: str, record: Record, paths: Iterable[str]) -> list[Put]:
    """The tombstones of a deleted `record`, one per path it was known at."""
    body = {"resource": resource, "id": record.id, "parent": record.parent}
    return [Put(DELETED, Record(path, "", body)) for path in dict.fromkeys(paths)]


def unbury(path: str) -> Delete:
    """Forget the tombstone at `path` (nothing there is fine): a record of that identity exists again."""
    return Delete(DELETED, path)


def deleted_ancestor(store: Store, namespace: str, paths: Iterable[str]) -> Record | None:
    """The tombstone of the first of `paths` whose record was deleted and not created again, if any:
    its id is the path, its body names the record (`resource`, `id`, `parent`)."""
    for path in paths:
        tombstone = store.get(namespace, DELETED, path)
        if tombstone is None:
            continue
        body = tombstone.body
        again = store.get(namespace, str(body.get("resource")), str(body.get("id")))
        if again is None or again.parent != body.get("parent") or TOMBSTONE in again.body:
            return tombstone
    return None
