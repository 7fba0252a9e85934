"""The generic stateful behaviour: creates are stored, reads and lists return them, updates merge,
deletes remove, for any spec without a domain engine.

Each operation gets a role at start, inferred from its method and path or given by `x-mock: {role}`:

| path ends with | GET | POST | PUT, PATCH | DELETE |
|---|---|---|---|---|
| a parameter (`/service/{id}`) | read | action | update | delete |
| a literal (`/service`) | list | create | action | action |

The resource is the last literal segment of the collection path (`environment` for
`/service/{serviceId}/environment/{id}`); records are found by (resource, id) whatever the path, and
listed under the concrete collection path they were created in, so PDS' "create under a tenant,
read at the top level" works. Reads of an unknown id answer the spec's 404 when the resource can be
created (or was seeded); read-only resources (regions, versions, ...) keep their static answer, as an
undocumented status would break the contract. Every answer is the documented shape with the stored
fields merged in, repaired field by field until it validates against the response schema: the
behaviour answers the records (`Shaped`, `Listing`), the response stage shapes them.

A literal path that can be read (GET, answering an object) and written (PUT or PATCH) is a singleton:
`PUT /api/accounts/{id}/maas-details` stores the object of that concrete path, merged into what a GET
answered before, later GETs answer it, and a DELETE there (when the spec has one) forgets it again.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

from . import planning
from .answer import Answer, Listing, Shaped
from .behaviour import Context
from .compiled import Api
from .errors import MockError
from .planning import ROLES, Plan, Resource, plan_api
from .store import Change, Delete, Put, Record, Store, VersionConflictError, under
from .tombstones import (
    RESERVED,
    TOMBSTONE,
    ancestors,
    bury,
    deleted_ancestor,
    parameter_positions,
    shape,
    unbury,
)

__all__ = ["ROLES", "TOMBSTONE", "Plan", "StatefulBehaviour", "plan_api"]
# A generated id another writer already took is drawn again, this many times at most.
_ID_ATTEMPTS = 8
_DOCUMENTED = Answer()  # the documented success answer (a delete's)


def _same_collection(ctx: Context, parent: str) -> bool:
    """Whether a record created under `parent` may be named by the request's item path: anywhere
    when the path has another shape (PDS reads at `/api/backup-targets/{id}` what it created under
    `/api/tenants/T/backup-targets`), only under the same parent when the shape is the same."""
    if not parent:  # seeded for every parent
        return True
    template = ctx.operation.path.rstrip("/").split("/")[:-1]
    collection = ctx.request.path.rstrip("/").split("/")[:-1]  # may start with a mount prefix
    stored = parent.split("/")
    if len(stored) != len(collection) or len(template) > len(collection):
        return True
    offset = len(collection) - len(template)
    same_shape = stored[:offset] == collection[:offset] and all(
        "{" in pattern or part == created
        for pattern, part, created in zip(template, collection[offset:], stored[offset:], strict=True)
    )
    return not same_shape or stored == collection


def _bad_seed(detail: str) -> MockError:
    return MockError(400, detail, "INVALID_BODY")


class StatefulBehaviour:
    """Creates, reads, updates, deletes and lists records in a `Store`, in each API's own shapes."""

    def __init__(self, api: Api, store: Store, rng: random.Random) -> None:
        self.api = api
        self.store = store
        self.rng = rng
        self.namespace = api.name
        self.plans = plan_api(api)
        self.resources = {plan.resource.name: plan.resource for plan in self.plans.values()}
        # Per operation: its path template's length and which of its parameters end a record's path
        # (where a deleted record's tombstone may be).
        records = {shape(api.operations[op_id].path) for op_id, plan in self.plans.items() if plan.item}
        self._parameters = {
            op.operation_id: (op.path.rstrip("/").count("/") + 1, parameter_positions(op.path, records))
            for op in api.operations.values()
        }
        self._by_role: dict[str, Callable[[Context, Plan], Answer | None]] = {
            role: getattr(self, f"_{role}")
            for role in ROLES
            if role != "action"  # actions get no plan
        }

    def __call__(self, ctx: Context) -> Answer | None:
        plan = self.plans.get(ctx.operation.operation_id)
        # Nothing lives under a deleted record: the spec's 404 (an action at the record's own path too).
        self._refuse_under_deleted(ctx, itself=plan is None)
        if plan is None:
            return None
        return self._by_role[plan.role](ctx, plan)

    # -- roles -----------------------------------------------------------------------------------

    def _create(self, ctx: Context, plan: Plan) -> Answer | None:
        segments = ctx.request.path.split("/")
        fields = ctx.params.body if isinstance(ctx.params.body, dict) else {}
        given = fields.get(plan.resource.id_field)
        if plan.item:
            new_id, parent = unquote(segments[-1]), "/".join(segments[:-1])
        elif isinstance(given, str) and given and "/" not in given:  # the client named it
            new_id, parent = given, ctx.request.path.rstrip("/")
        else:
            parent = ctx.request.path.rstrip("/")
            for _ in range(_ID_ATTEMPTS):
                # Only where no record is: processes sharing a store (or a --seed) may draw the same id.
                new_id = plan.resource.make_id(self.rng)
                body = {**self._shape(ctx, plan.resource), **fields, plan.resource.id_field: new_id}
                try:
                    self.store.apply(
                        self.namespace, (Put(plan.resource.name, Record(new_id, parent, body), 0),)
                    )
                except VersionConflictError:
                    continue
                return Answer(value=Shaped(body, new_id))
            raise MockError(503, "no free id found for the new record: retry", "SERVICE_UNAVAILABLE")
        body = {**self._shape(ctx, plan.resource), **fields, plan.resource.id_field: new_id}
        # The same identity again: its path is no longer a deleted one.
        put = Put(plan.resource.name, Record(new_id, parent, body))
        self.store.apply(self.namespace, (put, unbury(f"{parent}/{new_id}")))
        return Answer(value=Shaped(body, new_id))

    def _read(self, ctx: Context, plan: Plan) -> Answer | None:
        found = self._find(ctx, plan)
        if found is None:
            return None
        # Named, so that its rendered answer is kept for the next read of the same record.
        return Answer(value=Shaped(found.body), cache_key=found.id)

    def _update(self, ctx: Context, plan: Plan) -> Answer | None:
        found = self._find(ctx, plan)
        if found is None and not plan.item:  # a singleton's first write: onto what a read answered
            path = ctx.request.path.rstrip("/")
            found = Record(path, "", self._shape(ctx, plan.resource))
        if found is None:
            return None
        fields = ctx.params.body if isinstance(ctx.params.body, dict) else {}
        fields = {k: v for k, v in fields.items() if k != plan.resource.id_field}
        body = {**found.body, **fields}
        self.store.put(self.namespace, plan.resource.name, Record(found.id, found.parent, body))
        return Answer(value=Shaped(body))

    def _delete(self, ctx: Context, plan: Plan) -> Answer | None:
        found = self._find(ctx, plan)
        if found is None:
            return None
        change: Change
        if plan.resource.creatable or not plan.item:  # a singleton goes back to its documented answer
            change = Delete(plan.resource.name, found.id)
        else:  # seeded or read-only: remember the deletion so reads answer 404
            change = Put(plan.resource.name, Record(found.id, found.parent, {TOMBSTONE: True}))
        children: list[Change] = []
        if plan.item:  # what it leaves: its children go, its paths are remembered as deleted
            children = self._children(ctx, found)
            children += bury(plan.resource.name, found, self._paths(ctx, found))
        self.store.apply(self.namespace, (change, *children))
        return _DOCUMENTED

    def _list(self, ctx: Context, plan: Plan) -> Answer | None:
        if plan.within is None:
            found = self.store.list(self.namespace, plan.resource.name, ctx.request.path.rstrip("/"))
        else:
            found = self._listed_by_fields(ctx, plan, plan.within)
        records = [r for r in found if TOMBSTONE not in r.body]
        if not records and not plan.resource.creatable:
            return None  # a read-only collection nobody seeded: the spec's example
        listing = Listing(
            tuple([r.body for r in records]),  # a list first: cheaper than a generator's frame
            tuple([r.id for r in records]),
            plan.list_field,
            plan.ids_field,
            ctx.params.query,
        )
        # The response stage keeps the encoded answer while the records and the template are the same;
        # of the query, only the parameters the operation declares can change it.
        query = ctx.params.query
        return Answer(value=listing, cache_key=f"{ctx.request.path}?{query!r}" if query else ctx.request.path)

    # -- helpers ---------------------------------------------------------------------------------

    def _listed_by_fields(self, ctx: Context, plan: Plan, within: tuple[str | int, ...]) -> list[Record]:
        """The records a list by another parent names: made at `within` (its parameters taken from the
        request's path), whose fields equal the path parameters of the same names."""
        concrete = ctx.request.path.strip("/").split("/")  # as many segments as the template: routed so
        parent = "/" + "/".join(concrete[part] if isinstance(part, int) else part for part in within)
        wanted = {name: str(ctx.params.path.get(name)) for name in plan.match}
        return [
            record
            for record in self.store.list(self.namespace, plan.resource.name, parent)
            if all(str(record.body.get(name)) == value for name, value in wanted.items())
        ]

    def _find(self, ctx: Context, plan: Plan) -> Record | None:
        """The record the path names; raises the spec's 404 when it is known not to exist."""
        path = ctx.request.path.rstrip("/")
        collection, _, last = path.rpartition("/")
        record_id = unquote(last) if plan.item else path  # a singleton: its path
        found = self.store.get(self.namespace, plan.resource.name, record_id)
        if (
            found is not None
            and plan.item
            and found.parent != collection  # read where it was created: the usual case, no more to check
            and not _same_collection(ctx, found.parent)
        ):
            found = None  # the id of another parent's record: `/service/B/config/C` when C is A's
        gone = found is not None and TOMBSTONE in found.body
        if found is not None and not gone:
            return found
        if (gone or plan.resource.creatable) and ctx.operation.response(404) is not None:
            raise MockError(404, f"no {plan.resource.name} with id {record_id!r}", "NOT_FOUND")
        return None  # not documented as a 404, or a read-only resource: the static answer

    def _refuse_under_deleted(self, ctx: Context, *, itself: bool) -> None:
        """Raise the spec's 404 when the request's path lies under a deleted record (`itself`: or is
        one). Only paths ending in a parameter can be a record's, so a top-level create asks nothing."""
        length, positions = self._parameters[ctx.operation.operation_id]
        if not positions:
            return
        paths = ancestors(positions, length, ctx.request.path, itself=itself)
        if not paths:
            return
        gone = deleted_ancestor(self.store, self.namespace, paths)
        if gone is not None and ctx.operation.response(404) is not None:
            what = f"{gone.body.get('resource')} {gone.body.get('id')!r}"
            raise MockError(404, f"{what} was deleted: nothing is found under {gone.id}", "NOT_FOUND")

    @staticmethod
    def _paths(ctx: Context, found: Record) -> list[str]:
        """The paths a record is known at: where it was deleted, and where it was created when that
        differs (PDS creates under `/api/tenants/T/backup-targets`, deletes at `/api/backup-targets/X`)."""
        paths = [ctx.request.path.rstrip("/")]
        if found.parent:
            paths.append(f"{found.parent}/{found.id}")
        return paths

    def _children(self, ctx: Context, found: Record) -> list[Change]:
        """What goes with a deleted record: every record created under its path (a service's
        environments, their deployments), as the real APIs delete them and as reads must then 404."""
        scopes = set(self._paths(ctx, found))
        return [
            Delete(resource, record.id)
            for resource in self.store.resources(self.namespace)
            if resource not in RESERVED
            for record in self.store.list(self.namespace, resource)
            if record.parent and any(under(record.parent, scope) for scope in scopes)
        ]

    def _shape(self, ctx: Context, resource: Resource) -> dict[str, Any]:
        """The documented shape of a record: the read operation's static answer (a dict), if any."""
        operation = resource.shape or ctx.operation
        media = planning.success_media(operation)
        spec = operation.response((operation.success_statuses() or [200])[0])
        if media is None or spec is None:
            return {}
        value = ctx.responder.value_for(operation, spec, media, ctx.prefs)
        return dict(value) if isinstance(value, dict) else {}

    # -- seeding ---------------------------------------------------------------------------------

    def seed(self, collections: Mapping[str, Any]) -> Callable[[], dict[str, list[str]]]:
        """Check a seed's `{resource name or collection path: [records]}` (raising 400 naming the first
        bad record) and return what stores them all in one step, answering their ids by key. A
        resource name makes records every list shows; a collection path scopes them to its lists."""
        label = self.api.name
        changes: list[Change] = []
        seeded: dict[str, list[str]] = {}
        seen: set[tuple[str, str]] = set()
        for raw_key, records in collections.items():
            key = str(raw_key)
            if not isinstance(records, list):
                raise _bad_seed(f"{label}.{key}: expected a list of objects")
            name, parent = (
                (key.rstrip("/").rsplit("/", 1)[-1], key.rstrip("/")) if key.startswith("/") else (key, "")
            )
            resource = self.resources.get(name)
            if resource is None:
                known = ", ".join(sorted(self.resources))
                raise _bad_seed(f"{label}.{key}: {label} has no resource {name!r} (known: {known})")
            ids = seeded.setdefault(key, [])
            for index, fields in enumerate(records):
                where = f"{label}.{key}[{index}]"
                if not isinstance(fields, dict):
                    raise _bad_seed(f"{where}: expected an object, got {type(fields).__name__}")
                given = fields.get(resource.id_field)
                if given in (None, ""):
                    given = None
                elif not isinstance(given, str | int) or isinstance(given, bool) or "/" in str(given):
                    raise _bad_seed(f"{where}: {resource.id_field} must be a string (or number) without '/'")
                record_id = str(given) if given is not None else resource.make_id(self.rng)
                if (resource.name, record_id) in seen:
                    raise _bad_seed(f"{where}: {resource.name} {record_id!r} is seeded twice")
                seen.add((resource.name, record_id))
                body = {**fields, resource.id_field: given if given is not None else record_id}
                changes.append(Put(resource.name, Record(record_id, parent, body)))
                ids.append(record_id)

        def commit() -> dict[str, list[str]]:
            if changes:
                self.store.apply(self.namespace, changes)
            return seeded

        return commit

    def reset(self) -> None:
        self.store.clear(self.namespace)
