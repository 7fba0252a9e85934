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
fields merged in, repaired field by field until it validates against the response schema.

A literal path that can be read (GET, answering an object) and written (PUT or PATCH) is a singleton:
`PUT /api/accounts/{id}/maas-details` stores the object of that concrete path, merged into what a GET
answered before, later GETs answer it, and a DELETE there (when the spec has one) forgets it again.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

from . import planning, shaping
from .behaviour import Context
from .compiler import Api, ResponseMedia, ResponseSpec
from .errors import MockError
from .planning import ROLES, Plan, Resource, plan_api
from .responses import MockResponse, encode
from .shaping import matches, merge, repair
from .store import Change, Put, Record, Store, VersionConflictError

__all__ = ["ROLES", "Plan", "StatefulBehaviour", "plan_api", "repair"]

TOMBSTONE = "__deleted__"  # a deleted read-only resource: reads answer 404 from then on
# A generated id another writer already took is drawn again, this many times at most.
_ID_ATTEMPTS = 8
# Paging cursors of a list template: a stateful list is one page, so they are dropped where allowed
# (a client following "next-token" from an example would page forever).
_CURSORS = frozenset({"nextPageToken", "next_page_token", "nextToken", "continuation", "continue", "next"})


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
        self._resolve = api.sampler.resolve
        self._by_role: dict[str, Callable[[Context, Plan], MockResponse | None]] = {
            role: getattr(self, f"_{role}")
            for role in ROLES
            if role != "action"  # actions get no plan
        }
        # What an answer's schema allows, worked out once per media: its properties when it is closed.
        self._allowed_by_media: dict[int, dict[str, Any] | None] = {}
        self._item_shapes: dict[int, tuple[dict[str, Any], bool]] = {}

    def __call__(self, ctx: Context) -> MockResponse | None:
        plan = self.plans.get(ctx.operation.operation_id)
        if plan is None:
            return None
        return self._by_role[plan.role](ctx, plan)

    # -- roles -----------------------------------------------------------------------------------

    def _create(self, ctx: Context, plan: Plan) -> MockResponse | None:
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
                return self._answer(ctx, body, new_id)
            raise MockError(503, "no free id found for the new record: retry", "SERVICE_UNAVAILABLE")
        body = {**self._shape(ctx, plan.resource), **fields, plan.resource.id_field: new_id}
        self.store.put(self.namespace, plan.resource.name, Record(new_id, parent, body))
        return self._answer(ctx, body, new_id)

    def _read(self, ctx: Context, plan: Plan) -> MockResponse | None:
        found = self._find(ctx, plan)
        return self._answer(ctx, found.body, record_id=found.id) if found is not None else None

    def _update(self, ctx: Context, plan: Plan) -> MockResponse | None:
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
        return self._answer(ctx, body)

    def _delete(self, ctx: Context, plan: Plan) -> MockResponse | None:
        found = self._find(ctx, plan)
        if found is None:
            return None
        if plan.resource.creatable or not plan.item:  # a singleton goes back to its documented answer
            self.store.delete(self.namespace, plan.resource.name, found.id)
        else:  # seeded or read-only: remember the deletion so reads answer 404
            self.store.put(
                self.namespace, plan.resource.name, Record(found.id, found.parent, {TOMBSTONE: True})
            )
        return ctx.respond()

    def _list(self, ctx: Context, plan: Plan) -> MockResponse | None:
        records = [
            r
            for r in self.store.list(self.namespace, plan.resource.name, ctx.request.path.rstrip("/"))
            if TOMBSTONE not in r.body
        ]
        if not records and not plan.resource.creatable:
            return None  # a read-only collection nobody seeded: the spec's example
        chosen = self._media(ctx)
        if chosen is None:
            return None
        status, spec, media = chosen
        template = ctx.responder.value_for(ctx.operation, spec, media, ctx.prefs)
        wanted = self._filters(ctx, plan, media)
        if wanted:
            item_template = shaping.item_template(template, plan.list_field)
            records = [r for r in records if matches(r.body, item_template, wanted)]
        bodies = tuple(r.body for r in records)
        # The response stage keeps the encoded answer while the records and the template are the same.
        key = (id(media), f"{ctx.request.path}?{ctx.request.query_string}")
        rendered = ctx.responder.rendered
        encoded = rendered.get(key, bodies, template)
        if encoded is None:
            value = self._render_list(plan, media, template, records)
            encoded = rendered.put(key, bodies, template, encode(value, media.media_type))
        return ctx.respond(status, body=encoded, media_type=media.media_type)

    def _filters(self, ctx: Context, plan: Plan, media: ResponseMedia) -> dict[str, Any]:
        """The list's query parameters that name a field of its items, with the values asked for:
        `GET /api/accounts?name=acme` lists the accounts named acme (paging parameters are not fields)."""
        query = ctx.params.query
        if not query:
            return {}
        fields, _ = self._item_shape(media, plan.list_field)
        return {name: value for name, value in query.items() if name in fields}

    def _render_list(self, plan: Plan, media: ResponseMedia, template: Any, records: list[Record]) -> Any:
        allowed, closed = self._item_shape(media, plan.list_field)
        item_template = shaping.item_template(template, plan.list_field)
        if plan.list_field == "":
            value: Any = [merge(item_template, r.body, allowed if closed else None) for r in records]
        else:
            value = dict(template) if isinstance(template, dict) else {}
            assert plan.list_field is not None
            value[plan.list_field] = [
                merge(item_template, r.body, allowed if closed else None) for r in records
            ]
            if plan.ids_field is not None:
                value[plan.ids_field] = [r.id for r in records]
            value = self._without_cursors(value, media)
        return repair(value, template, media.validator)

    def _item_shape(self, media: ResponseMedia, list_field: str | None) -> tuple[dict[str, Any], bool]:
        """The declared properties of a list's items and whether the items are closed."""
        shape = self._item_shapes.get(id(media))
        if shape is None:
            items_schema = self._items_schema(media, list_field)
            allowed = planning.properties(items_schema, self._resolve) if items_schema is not None else {}
            shape = (allowed, items_schema is not None and planning.closed(items_schema, self._resolve))
            self._item_shapes[id(media)] = shape
        return shape

    def _allowed(self, media: ResponseMedia) -> dict[str, Any] | None:
        """The properties an answer may carry, or None when its schema leaves it open."""
        key = id(media)
        if key not in self._allowed_by_media:
            closed = planning.closed(media.schema, self._resolve)
            self._allowed_by_media[key] = planning.properties(media.schema, self._resolve) if closed else None
        return self._allowed_by_media[key]

    # -- helpers ---------------------------------------------------------------------------------

    def _find(self, ctx: Context, plan: Plan) -> Record | None:
        """The record the path names; raises the spec's 404 when it is known not to exist."""
        path = ctx.request.path.rstrip("/")
        record_id = unquote(path.rsplit("/", 1)[-1]) if plan.item else path  # a singleton: its path
        found = self.store.get(self.namespace, plan.resource.name, record_id)
        gone = found is not None and TOMBSTONE in found.body
        if found is not None and not gone:
            return found
        if (gone or plan.resource.creatable) and ctx.operation.response(404) is not None:
            raise MockError(404, f"no {plan.resource.name} with id {record_id!r}", "NOT_FOUND")
        return None  # not documented as a 404, or a read-only resource: the static answer

    def _shape(self, ctx: Context, resource: Resource) -> dict[str, Any]:
        """The documented shape of a record: the read operation's static answer (a dict), if any."""
        operation = resource.shape or ctx.operation
        media = planning.success_media(operation)
        spec = operation.response((operation.success_statuses() or [200])[0])
        if media is None or spec is None:
            return {}
        value = ctx.responder.value_for(operation, spec, media, ctx.prefs)
        return dict(value) if isinstance(value, dict) else {}

    def _media(self, ctx: Context) -> tuple[int, ResponseSpec, ResponseMedia] | None:
        """The success answer's status, response and negotiated media; None without a body (or a 406)."""
        status = ctx.operation.default_status
        spec = ctx.operation.response(status)
        if spec is None or not spec.media:
            return None
        chosen = ctx.responder.negotiate(ctx.request.headers.get("accept"), spec.media_types)
        return (status, spec, spec.media[chosen]) if chosen is not None else None

    def _answer(
        self, ctx: Context, body: dict[str, Any], new_id: str | None = None, *, record_id: str | None = None
    ) -> MockResponse:
        """The operation's success answer with `body` merged into its documented shape. Reads name
        the record (`record_id`), so that its rendered answer is kept for the next read."""
        chosen = self._media(ctx)
        if chosen is None:
            return ctx.respond()  # no body documented (or a 406 to raise)
        status, spec, media = chosen
        template = ctx.responder.value_for(ctx.operation, spec, media, ctx.prefs)
        if isinstance(template, str) or (media.schema or {}).get("type") == "string":
            # Omnistrate's creates answer the bare id as a JSON string.
            value: Any = new_id if new_id is not None else template
            return ctx.respond(status, body=repair(value, template, media.validator))
        if not isinstance(template, dict):
            return ctx.respond(status, body=template)
        if record_id is None:
            value = repair(merge(template, body, self._allowed(media)), template, media.validator)
            return ctx.respond(status, body=value, media_type=media.media_type)
        key = (id(media), record_id)
        rendered = ctx.responder.rendered
        encoded = rendered.get_one(key, body, template)
        if encoded is None:
            value = repair(merge(template, body, self._allowed(media)), template, media.validator)
            encoded = rendered.put_one(key, body, template, encode(value, media.media_type))
        return ctx.respond(status, body=encoded, media_type=media.media_type)

    def _items_schema(self, media: ResponseMedia, list_field: str | None) -> Any:
        schema = self._resolve(media.schema)
        if list_field == "":
            return self._resolve(schema.get("items")) if isinstance(schema, dict) else None
        prop = planning.properties(schema, self._resolve).get(list_field or "")
        prop = self._resolve(prop)
        return self._resolve(prop.get("items")) if isinstance(prop, dict) else None

    @staticmethod
    def _without_cursors(value: dict[str, Any], media: ResponseMedia) -> dict[str, Any]:
        trimmed = {k: v for k, v in value.items() if k not in _CURSORS}
        for key, inner in trimmed.items():
            if isinstance(inner, dict) and _CURSORS & inner.keys():
                trimmed[key] = {k: v for k, v in inner.items() if k not in _CURSORS}
        if media.validator is not None and not media.validator.is_valid(trimmed):
            return value
        return trimmed

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
