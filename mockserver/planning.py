"""Planning the generic stateful behaviour, once at start: each operation's role and resource.

Each operation gets a role, inferred from its method and path or given by `x-mock: {role}`:

| path ends with | GET | POST | PUT, PATCH | DELETE |
|---|---|---|---|---|
| a parameter (`/service/{id}`) | read | action | update | delete |
| a literal (`/service`) | list | create | action | action |

The resource is the last literal segment of the collection path (`environment` for
`/service/{serviceId}/environment/{id}`). A literal path that can be read (GET, answering an object)
and written (PUT or PATCH) is a singleton. Ids follow the API's style, learnt from the examples.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .compiler import Api, Operation, ResponseMedia
from .errors import SpecError
from .sampling import string_for_pattern

__all__ = ["ROLES", "IdMaker", "Plan", "Resource", "closed", "plan_api", "properties", "success_media"]

ROLES = ("create", "read", "update", "delete", "list", "action")
_PARAM = re.compile(r"^\{[^}/]+\}$")
_PREFIXED = re.compile(r"^([A-Za-z]{1,8}[-_])([A-Za-z0-9]{4,})$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
_ID_ALPHABET = string.ascii_lowercase + string.digits


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
    id_field: str = "id"
    make_id: IdMaker = field(default_factory=IdMaker)
    shape: Operation | None = None  # a read operation: its answer is the documented shape of a record
    item_param: str | None = None  # the id parameter of its item paths (`environmentType`)
    create_fields: frozenset[str] = frozenset()  # what a create's body may carry
    created_at: list[str] = field(default_factory=list)  # the path templates of its creates

    @property
    def creatable(self) -> bool:
        return bool(self.created_at)


@dataclass
class Plan:
    role: str
    resource: Resource
    item: bool  # the last path segment is the record's id
    list_field: str | None = None  # where a list answer holds its records ("" = the body is the array)
    ids_field: str | None = None  # a list answer's array of bare ids (Omnistrate's `ids`)
    # A list by another parent than its records': the segments of the create path they were made at,
    # each a literal or the index of this path's segment that fills it in (its parameter of the same
    # name), and the parameters their fields of the same name equal.
    within: tuple[str | int, ...] | None = None
    match: tuple[str, ...] = ()


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


def success_media(operation: Operation) -> ResponseMedia | None:
    for status in operation.success_statuses():
        spec = operation.response(status)
        if spec is not None and spec.media:
            return next((m for m in spec.media.values() if m.media_type.endswith("json")), None)
    return None


def properties(schema: Any, resolve: Callable[[Any], Any], depth: int = 0) -> dict[str, Any]:
    """The properties an object schema declares, its `allOf` parts included."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        found.update(properties(part, resolve, depth + 1))
    return found


def closed(schema: Any, resolve: Callable[[Any], Any]) -> bool:
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
    for name, raw in properties(schema, resolve).items():
        prop = resolve(raw)
        if not isinstance(prop, dict) or prop.get("type") != "array":
            continue
        items = resolve(prop.get("items", {}))
        if list_field is None and properties(items, resolve):
            list_field = name
        elif name == "ids" and isinstance(items, dict) and items.get("type") == "string":
            ids_field = name
    return list_field, ids_field


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
    id_lists: list[tuple[Operation, Resource, str]] = []  # lists of ids alone: planned once creates are
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
            _list_fields(success_media(operation), resolve) if role == "list" else (None, None)
        )
        if role == "list" and list_field is None:
            if ids_field is not None:
                id_lists.append((operation, resource, ids_field))
            continue  # nothing to put records in: the static answer it is
        plans[operation.operation_id] = Plan(role, resource, item, list_field, ids_field)
        if role == "read" and resource.shape is None:
            resource.shape = operation
        if item and role in ("read", "update", "delete") and resource.item_param is None:
            resource.item_param = segments[-1][1:-1]
        if role == "create":
            resource.create_fields |= _body_fields(operation, resolve)
            resource.created_at.append(operation.path)
    for operation, resource, ids_field in id_lists:
        plan = _id_list_plan(operation, resource, ids_field)
        if plan is not None:
            plans[operation.operation_id] = plan
    for resource in resources.values():
        _describe(api, resource)
    return plans


def _id_list_plan(operation: Operation, resource: Resource, ids_field: str) -> Plan | None:
    """How a list of ids alone (Omnistrate's `{ids: [...]}`) finds its records, when it can: the ids
    must be of records that exist, or the describe that follows answers 404. Where they are created
    (`GET /service/{serviceId}/environment`), or by another parent whose parameters name the records'
    fields (`GET /service/{serviceId}/serviceapi/{serviceApiId}/model`: the models created under the
    service with that `serviceApiId`). Else (nothing creates it, or nothing ties the path to the
    records) its example."""
    if len(resource.created_at) != 1:
        return None
    (created_at,) = resource.created_at
    if created_at == operation.path:
        return Plan("list", resource, False, None, ids_field)
    own = {s[1:-1]: i for i, s in enumerate(_segments(operation.path)) if _PARAM.match(s)}
    theirs = [s[1:-1] if _PARAM.match(s) else None for s in _segments(created_at)]
    match = own.keys() - set(theirs)
    if not all(name is None or name in own for name in theirs) or not match <= resource.create_fields:
        return None
    within = tuple(own[name] if name else s for name, s in zip(theirs, _segments(created_at), strict=True))
    return Plan("list", resource, False, None, ids_field, within=within, match=tuple(sorted(match)))


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
        if read is not None and _list_fields(success_media(read), resolve) != (None, None):
            continue  # a GET answering a list makes it a collection, whatever else the path has
        hinted = any(op.hints.get("role") in ("read", "update", "delete") for op in methods.values())
        if hinted or (read is not None and ("PUT" in methods or "PATCH" in methods)):
            found[path] = Resource(f"singleton:{path}", shape=read)
    return found


def _body_fields(operation: Operation, resolve: Callable[[Any], Any]) -> frozenset[str]:
    media = next(iter(operation.body.values()), None)
    schema = resolve(media.schema) if media is not None else None
    return frozenset(properties(schema, resolve)) if isinstance(schema, dict) else frozenset()


def _describe(api: Api, resource: Resource) -> None:
    """Fill in a resource's id field and id style from its read and create operations' examples."""
    resolve = api.sampler.resolve
    examples: list[Any] = []
    pattern = None
    shape = resource.shape
    if shape is not None:
        media = success_media(shape)
        id_param = _segments(shape.path)[-1][1:-1]
        props = properties(media.schema, resolve) if media is not None else {}
        if "id" not in props and id_param in props:
            resource.id_field = id_param
        elif "-" in id_param and id_param.replace("-", "_") in props:
            # The path spells the record's field with hyphens (PDS `{actor-id}` reads `actor_id`).
            resource.id_field = id_param.replace("-", "_")
        parameter = next((p for p in shape.parameters if p.location == "path" and p.name == id_param), None)
        if parameter is not None:
            pattern = parameter.schema.get("pattern")
        id_schema = resolve(props.get(resource.id_field))
        if pattern is None and isinstance(id_schema, dict):
            pattern = id_schema.get("pattern")
        examples.append(parameter.example if parameter is not None else None)
        if media is not None:
            for value in media.examples.values():
                if isinstance(value, dict):
                    examples.append(value.get(resource.id_field))
    elif resource.item_param in resource.create_fields:
        # No read to learn from, but the create names the record with the item path's key
        # (Omnistrate's custom domain: POST {environmentType: DEV}, then DELETE .../{environmentType}).
        resource.id_field = resource.item_param
    resource.make_id = _id_maker([e for e in examples if e is not None], pattern)
