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
import re
import string
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import jsonschema_rs

from .behaviour import Context
from .compiler import Api, Operation, ResponseMedia, ResponseSpec
from .errors import MockError, SpecError
from .responses import MockResponse, encode
from .sampling import string_for_pattern
from .store import Change, Put, Record, Store

__all__ = ["ROLES", "Plan", "StatefulBehaviour", "plan_api"]

ROLES = ("create", "read", "update", "delete", "list", "action")
TOMBSTONE = "__deleted__"  # a deleted read-only resource: reads answer 404 from then on
_PARAM = re.compile(r"^\{[^}/]+\}$")
_PREFIXED = re.compile(r"^([A-Za-z]{1,8}[-_])([A-Za-z0-9]{4,})$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
_ID_ALPHABET = string.ascii_lowercase + string.digits
# Paging cursors of a list template: a stateful list is one page, so they are dropped where allowed
# (a client following "next-token" from an example would page forever).
_CURSORS = frozenset({"nextPageToken", "next_page_token", "nextToken", "continuation", "continue", "next"})
_MAX_REPAIRS = 16
# Rendered answers kept per behaviour; past this many the cache starts over (a bound, not an LRU).
_RENDERED_MAX = 4096


@dataclass
class IdMaker:
    """New ids in the API's own style: `s-` + 8 characters when examples say `s-12345678`, else UUIDs."""

    prefix: str | None = None
    length: int = 10
    pattern: str | None = None  # the id's `pattern`, for ids neither style fits

    def __call__(self, rng: random.Random) -> str:
        if self.prefix is not None:
            value = self.prefix + "".join(rng.choice(_ID_ALPHABET) for _ in range(self.length))
        else:
            value = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if self.pattern is not None and not re.search(self.pattern, value):
            value = string_for_pattern(self.pattern, rng)
        return value


@dataclass
class Resource:
    name: str
    creatable: bool = False
    id_field: str = "id"
    make_id: IdMaker = field(default_factory=IdMaker)
    shape: Operation | None = None  # a read operation: its answer is the documented shape of a record
    item_param: str | None = None  # the id parameter of its item paths (`environmentType`)
    create_fields: frozenset[str] = frozenset()  # what a create's body may carry


@dataclass
class Plan:
    role: str
    resource: Resource
    item: bool  # the last path segment is the record's id
    list_field: str | None = None  # where a list answer holds its records ("" = the body is the array)
    ids_field: str | None = None  # a list answer's array of bare ids (Omnistrate's `ids`)


def _bad_seed(detail: str) -> MockError:
    return MockError(400, detail, "INVALID_BODY")


def _segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def _normal(segments: list[str]) -> str:
    return "/".join("{}" if _PARAM.match(s) else s for s in segments)


def _role(operation: Operation, segments: list[str]) -> str:
    hinted = operation.hints.get("role")
    if hinted is not None:
        if hinted not in ROLES:
            raise SpecError(
                f"{operation.api}: {operation.label} has unknown x-mock role {hinted!r} "
                f"(known: {', '.join(ROLES)})"
            )
        return str(hinted)
    item = bool(segments) and _PARAM.match(segments[-1]) is not None
    if item:
        return {"GET": "read", "PUT": "update", "PATCH": "update", "DELETE": "delete"}.get(
            operation.method, "action"
        )
    return {"GET": "list", "POST": "create"}.get(operation.method, "action")


def _success_media(operation: Operation) -> ResponseMedia | None:
    for status in operation.success_statuses():
        spec = operation.response(status)
        if spec is not None and spec.media:
            return next((m for m in spec.media.values() if m.media_type.endswith("json")), None)
    return None


def _properties(schema: Any, resolve: Callable[[Any], Any], depth: int = 0) -> dict[str, Any]:
    """The properties an object schema declares, its `allOf` parts included."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        found.update(_properties(part, resolve, depth + 1))
    return found


def _closed(schema: Any, resolve: Callable[[Any], Any]) -> bool:
    """Only declared properties belong in an answer (unless extra ones are explicitly allowed)."""
    schema = resolve(schema)
    extra = schema.get("additionalProperties") if isinstance(schema, dict) else None
    return not (extra is True or (isinstance(extra, dict) and bool(extra)))


def _list_fields(media: ResponseMedia | None, resolve: Callable[[Any], Any]) -> tuple[str | None, str | None]:
    if media is None or media.schema is None:
        return None, None
    schema = resolve(media.schema)
    if isinstance(schema, dict) and schema.get("type") == "array":
        return "", None
    list_field = ids_field = None
    for name, raw in _properties(schema, resolve).items():
        prop = resolve(raw)
        if not isinstance(prop, dict) or prop.get("type") != "array":
            continue
        items = resolve(prop.get("items", {}))
        if list_field is None and _properties(items, resolve):
            list_field = name
        elif name == "ids" and isinstance(items, dict) and items.get("type") == "string":
            ids_field = name
    return list_field, ids_field


def _parameter_example(api: Api, operation: Operation, name: str) -> Any:
    resolve = api.sampler.resolve
    item = resolve(api.document.get("paths", {}).get(operation.path, {}))
    for raw in [*(item.get("parameters") or []), *(operation.raw.get("parameters") or [])]:
        parameter = resolve(raw)
        if isinstance(parameter, dict) and parameter.get("name") == name and parameter.get("in") == "path":
            schema = resolve(parameter.get("schema") or {})
            return parameter.get("example", schema.get("example") if isinstance(schema, dict) else None)
    return None


def _id_maker(examples: list[Any], pattern: str | None) -> IdMaker:
    """Prefixed ids when the examples show a prefix (Omnistrate's `s-12345678`), else UUIDs (PDS)."""
    for example in examples:
        if isinstance(example, str) and _UUID.match(example):
            break
        match = _PREFIXED.match(example) if isinstance(example, str) else None
        if match is not None:
            return IdMaker(match.group(1), max(8, len(match.group(2))), pattern)
    return IdMaker(None, pattern=pattern)


def plan_api(api: Api) -> dict[str, Plan]:
    """A plan per stateful operation of `api` (actions and roles without a resource are left out)."""
    resolve = api.sampler.resolve
    plans: dict[str, Plan] = {}
    resources: dict[str, Resource] = {}
    templates = {_normal(_segments(op.path)) for op in api.operations.values()}
    singletons = _singletons(api)
    for operation in api.operations.values():
        segments = _segments(operation.path)
        role = _role(operation, segments)
        item = bool(segments) and _PARAM.match(segments[-1]) is not None
        singleton = singletons.get(operation.path)
        if singleton is not None and not item:
            role = _SINGLETON_ROLES.get(operation.method, role) if "role" not in operation.hints else role
            if role in ("read", "update", "delete"):
                plans[operation.operation_id] = Plan(role, singleton, item=False)
                continue
        if role == "action" or (role in ("read", "update", "delete") and not item):
            continue  # actions answer from the spec
        if role in ("create", "list") and item:
            # `POST .../{resourceKey}` creating `.../{resourceKey}/{id}` is a collection; without such
            # an item path the last segment is an id the client chose (`PUT .../volume/{volumeId}`).
            item = _normal([*segments, "{}"]) not in templates
            if role == "list" and item:
                continue
        collection = segments[:-1] if item else segments
        literals = [s for s in collection if not _PARAM.match(s)]
        if not literals:
            continue
        resource = resources.setdefault(literals[-1], Resource(literals[-1]))
        list_field, ids_field = (
            _list_fields(_success_media(operation), resolve) if role == "list" else (None, None)
        )
        if role == "list" and list_field is None:
            continue  # nothing to put records in: the static answer it is
        plans[operation.operation_id] = Plan(role, resource, item, list_field, ids_field)
        resource.creatable = resource.creatable or role == "create"
        if role == "read" and resource.shape is None:
            resource.shape = operation
        if item and role in ("read", "update", "delete") and resource.item_param is None:
            resource.item_param = segments[-1][1:-1]
        if role == "create":
            resource.create_fields |= _body_fields(operation, resolve)
    for resource in resources.values():
        _describe(api, resource)
    return plans


_SINGLETON_ROLES = {"GET": "read", "PUT": "update", "PATCH": "update", "DELETE": "delete"}


def _singletons(api: Api) -> dict[str, Resource]:
    """The singleton resources by path: literal paths whose GET (if any) answers an object, not a
    list, with a GET and a PUT or PATCH, or an `x-mock` role of read, update or delete."""
    resolve = api.sampler.resolve
    by_path: dict[str, dict[str, Operation]] = {}
    for operation in api.operations.values():
        segments = _segments(operation.path)
        if segments and not _PARAM.match(segments[-1]):
            by_path.setdefault(operation.path, {})[operation.method] = operation
    found: dict[str, Resource] = {}
    for path, methods in by_path.items():
        read = methods.get("GET")
        if read is not None and _list_fields(_success_media(read), resolve) != (None, None):
            continue  # a GET answering a list makes it a collection, whatever else the path has
        hinted = any(op.hints.get("role") in ("read", "update", "delete") for op in methods.values())
        if hinted or (read is not None and ("PUT" in methods or "PATCH" in methods)):
            found[path] = Resource(f"singleton:{path}", shape=read)
    return found


def _body_fields(operation: Operation, resolve: Callable[[Any], Any]) -> frozenset[str]:
    media = next(iter(operation.body.values()), None)
    schema = resolve(media.schema) if media is not None else None
    return frozenset(_properties(schema, resolve)) if isinstance(schema, dict) else frozenset()


def _describe(api: Api, resource: Resource) -> None:
    """Fill in a resource's id field and id style from its read and create operations' examples."""
    resolve = api.sampler.resolve
    examples: list[Any] = []
    pattern = None
    shape = resource.shape
    if shape is not None:
        media = _success_media(shape)
        id_param = _segments(shape.path)[-1][1:-1]
        props = _properties(media.schema, resolve) if media is not None else {}
        if "id" not in props and id_param in props:
            resource.id_field = id_param
        parameter = next((p for p in shape.parameters if p.location == "path" and p.name == id_param), None)
        if parameter is not None:
            pattern = parameter.schema.get("pattern")
        id_schema = resolve(props.get(resource.id_field))
        if pattern is None and isinstance(id_schema, dict):
            pattern = id_schema.get("pattern")
        examples.append(_parameter_example(api, shape, id_param))
        if media is not None:
            for value in media.examples.values():
                if isinstance(value, dict):
                    examples.append(value.get(resource.id_field))
    elif resource.item_param in resource.create_fields:
        # No read to learn from, but the create names the record with the item path's key
        # (Omnistrate's custom domain: POST {environmentType: DEV}, then DELETE .../{environmentType}).
        resource.id_field = resource.item_param
    resource.make_id = _id_maker([e for e in examples if e is not None], pattern)


# -- answers -------------------------------------------------------------------------------------


def _merge(template: Any, fields: dict[str, Any], allowed: dict[str, Any] | None) -> Any:
    if not isinstance(template, dict):
        template = {}
    merged = dict(template)
    for key, value in fields.items():
        if allowed is None or key in allowed:
            merged[key] = value
    return merged


def repair(value: Any, template: Any, validator: jsonschema_rs.Validator | None) -> Any:
    """`value` made valid: each offending part put back to the template's, or dropped; else the template."""
    if validator is None:
        return value
    for _ in range(_MAX_REPAIRS):
        error = next(validator.iter_errors(value), None)
        if error is None:
            return value
        path = list(error.instance_path)
        if not path:
            return template
        value = _fix(value, template, path)
    return template if validator.is_valid(value) is False else value


def _fix(value: Any, template: Any, path: list[Any]) -> Any:
    key, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        original = template.get(key, _ABSENT) if isinstance(template, dict) else _ABSENT
        if rest and key in copy and original is not _ABSENT:
            copy[key] = _fix(copy[key], original, rest)
        elif original is not _ABSENT and copy.get(key) != original:
            copy[key] = original
        else:
            copy.pop(key, None)
        return copy
    if isinstance(value, list) and isinstance(key, int) and key < len(value):
        items = list(value)
        item_template = template[0] if isinstance(template, list) and template else _ABSENT
        if rest and item_template is not _ABSENT:
            items[key] = _fix(items[key], item_template, rest)
        else:
            del items[key]
        return items
    return template


_ABSENT: Any = object()


def _item_template(template: Any, list_field: str | None) -> Any:
    """The first item of a list answer's documented example: the shape each listed record fills."""
    items = template if list_field == "" else template.get(list_field) if isinstance(template, dict) else None
    return items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else {}


def _matches(body: dict[str, Any], item_template: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """Does a record (its stored fields over the documented item) have every field value asked for?
    A repeated parameter (`?state=a&state=b`) accepts any of its values; an array field any element."""
    for name, value in wanted.items():
        actual = body.get(name, item_template.get(name, _ABSENT))
        if isinstance(value, list):
            found = actual in value or (isinstance(actual, list) and any(v in actual for v in value))
        else:
            found = actual == value or (isinstance(actual, list) and value in actual)
        if not found:
            return False
    return True


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
        # The merged and repaired answer of a record (or a list), encoded, by (media, record id or list
        # path). An entry holds the very objects it was made from and is used only while they are still
        # the ones answered: stored records are immutable values, so a write replaces them and the entry.
        self._rendered: dict[tuple[int, str], tuple[Any, Any, bytes]] = {}
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
            new_id, parent = plan.resource.make_id(self.rng), ctx.request.path.rstrip("/")
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
            item_template = _item_template(template, plan.list_field)
            records = [r for r in records if _matches(r.body, item_template, wanted)]
        bodies = tuple(r.body for r in records)
        key = (id(media), f"{ctx.request.path}?{ctx.request.query_string}")
        cached = self._rendered.get(key)
        if (
            cached is not None
            and cached[1] is template
            and len(cached[0]) == len(bodies)
            and all(a is b for a, b in zip(cached[0], bodies, strict=True))
        ):
            return ctx.respond(status, body=cached[2], media_type=media.media_type)
        encoded = self._remember(
            key, bodies, template, self._render_list(plan, media, template, records), media
        )
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
        item_template = _item_template(template, plan.list_field)
        if plan.list_field == "":
            value: Any = [_merge(item_template, r.body, allowed if closed else None) for r in records]
        else:
            value = dict(template) if isinstance(template, dict) else {}
            assert plan.list_field is not None
            value[plan.list_field] = [
                _merge(item_template, r.body, allowed if closed else None) for r in records
            ]
            if plan.ids_field is not None:
                value[plan.ids_field] = [r.id for r in records]
            value = self._without_cursors(value, media)
        return repair(value, template, media.validator)

    def _remember(
        self, key: tuple[int, str], source: Any, template: Any, value: Any, media: ResponseMedia
    ) -> bytes:
        """Keep the answer rendered from `source` (as the bytes sent) and return them."""
        encoded = encode(value, media.media_type)
        if len(self._rendered) >= _RENDERED_MAX:
            self._rendered.clear()
        self._rendered[key] = (source, template, encoded)
        return encoded

    def _item_shape(self, media: ResponseMedia, list_field: str | None) -> tuple[dict[str, Any], bool]:
        """The declared properties of a list's items and whether the items are closed."""
        shape = self._item_shapes.get(id(media))
        if shape is None:
            items_schema = self._items_schema(media, list_field)
            allowed = _properties(items_schema, self._resolve) if items_schema is not None else {}
            shape = (allowed, items_schema is not None and _closed(items_schema, self._resolve))
            self._item_shapes[id(media)] = shape
        return shape

    def _allowed(self, media: ResponseMedia) -> dict[str, Any] | None:
        """The properties an answer may carry, or None when its schema leaves it open."""
        key = id(media)
        if key not in self._allowed_by_media:
            closed = _closed(media.schema, self._resolve)
            self._allowed_by_media[key] = _properties(media.schema, self._resolve) if closed else None
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
        media = _success_media(operation)
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
        key = (id(media), record_id or "")
        cached = self._rendered.get(key) if record_id is not None else None
        if cached is not None and cached[0] is body and cached[1] is template:
            return ctx.respond(status, body=cached[2], media_type=media.media_type)
        value = repair(_merge(template, body, self._allowed(media)), template, media.validator)
        if record_id is not None:
            value = self._remember(key, body, template, value, media)
        return ctx.respond(status, body=value, media_type=media.media_type)

    def _items_schema(self, media: ResponseMedia, list_field: str | None) -> Any:
        schema = self._resolve(media.schema)
        if list_field == "":
            return self._resolve(schema.get("items")) if isinstance(schema, dict) else None
        prop = _properties(schema, self._resolve).get(list_field or "")
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
