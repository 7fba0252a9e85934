"""Which operations are token-paged (rendered by templates/pagination.py.jinja and the client's list
methods).

Decided from the spec: a GET operation is paged when a string query parameter named like a page
token names a string field of its 200 answer, at the top or one object down, and that answer holds
exactly one list of objects (the items). Omnistrate: `nextPageToken` → `nextPageToken`; PDS:
`continuation` → `pagination.continuation`; Datum: `continue` → `metadata.continue`.

The Python spelling of every name (arguments, attributes, classes) comes from openapi-python-client's
own model of the spec, so the module matches the generated operations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import snake_case

from specs import Refs

from .declarations import param_declaration

__all__ = ["PagedOperation", "Paginator", "bind", "find_paged_operations"]

_MAX_TOKEN_DEPTH = 2
# Names a page token goes by (`nextPageToken`, `continuation`, `continue`, `cursor`, `marker`, ...).
_TOKEN_NAME = re.compile(r"token|continu|cursor|marker", re.IGNORECASE)


@dataclass(frozen=True)
class PagedOperation:
    """A paged list, in the spec's own names."""

    operation_id: str
    token_parameter: str
    token_path: tuple[str, ...]
    items_field: str


def _is_string(schema: Any) -> bool:
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


def _string_paths(
    document: Mapping[str, Any], schema: Any, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    schema = Refs(document)(schema)
    if not isinstance(schema, Mapping) or len(prefix) >= _MAX_TOKEN_DEPTH:
        return
    for name, prop in (schema.get("properties") or {}).items():
        resolved = Refs(document)(prop)
        if _is_string(resolved):
            yield (*prefix, name)
        elif isinstance(resolved, Mapping) and "properties" in resolved:
            yield from _string_paths(document, resolved, (*prefix, name))


def _object_lists(document: Mapping[str, Any], schema: Any) -> list[str]:
    schema = Refs(document)(schema)
    found = []
    for name, prop in ((schema or {}).get("properties") or {}).items():
        resolved = Refs(document)(prop)
        if isinstance(resolved, Mapping) and resolved.get("type") == "array":
            items = Refs(document)(resolved.get("items"))
            if isinstance(items, Mapping) and (items.get("type") == "object" or "properties" in items):
                found.append(name)
    return found


def _paged(
    document: Mapping[str, Any], item: Mapping[str, Any], operation: Mapping[str, Any]
) -> PagedOperation | None:
    parameters = [Refs(document)(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
    query = [
        p
        for p in parameters
        if p.get("in") == "query"
        and _TOKEN_NAME.search(str(p.get("name", "")))
        and _is_string(Refs(document)(p.get("schema")))
    ]
    ok = Refs(document)((operation.get("responses") or {}).get("200"))
    content = (ok or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    if not query or not isinstance(media, Mapping):
        return None
    schema = media.get("schema")
    paths = list(_string_paths(document, schema))
    lists = _object_lists(document, schema)
    if len(lists) != 1:
        return None
    for parameter in query:
        for path in paths:
            if path[-1] == parameter["name"]:
                return PagedOperation(str(operation["operationId"]), str(parameter["name"]), path, lists[0])
    return None


def find_paged_operations(document: Mapping[str, Any]) -> list[PagedOperation]:
    """Every token-paged list operation of a spec, in path order."""
    found = []
    for item in (document.get("paths") or {}).values():
        operation = item.get("get") if isinstance(item, Mapping) else None
        if isinstance(operation, Mapping) and "operationId" in operation:
            paged = _paged(document, item, operation)
            if paged is not None:
                found.append(paged)
    return found


# -- binding to the generated code -----------------------------------------------------------------


@dataclass(frozen=True)
class Paginator:
    """A paged operation in the generated package's Python names."""

    function: str  # the operation module, `list_accounts`
    tag: str  # the api package, `accounts`
    token_argument: str  # `continuation`
    token_attributes: tuple[str, ...]  # `("pagination", "continuation")`
    items_attribute: str  # `data`
    page_class: str
    page_module: str
    item_class: str
    item_module: str
    path_parameters: tuple[str, ...]  # `name: type` source, positional like the operation's
    parameters: tuple[str, ...]  # `name: type = default` source of the other arguments
    forwarded: tuple[str, ...]  # python names passed through to the operation
    imports: tuple[str, ...]  # the operation module's model imports, relative to the package
    authenticated: bool


def _text(value: Any) -> str:
    for method in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, method):
            return str(getattr(value, method)())
    return str(value)


def _properties(model: ModelProperty, models: Mapping[str, ModelProperty]) -> list[Any]:
    full = models.get(model.class_info.name, model)
    return [*(full.required_properties or []), *(full.optional_properties or [])]


def _attribute_path(
    model: ModelProperty, path: tuple[str, ...], models: Mapping[str, ModelProperty]
) -> tuple[str, ...]:
    names: list[str] = []
    current: Any = model
    for name in path:
        prop = next(p for p in _properties(current, models) if _text(p.name) == name)
        names.append(prop.python_name)
        current = prop
    return tuple(names)


def _endpoints(data: GeneratorData) -> Iterator[tuple[str, Endpoint]]:
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            yield str(tag), endpoint


def bind(document: Mapping[str, Any], data: GeneratorData) -> dict[str, Paginator]:
    """The paged operations of `document`, by endpoint name, in the Python names `data` (the
    generator's own parse of the same document) gives them."""
    paged = {snake_case(p.operation_id): p for p in find_paged_operations(document)}
    if not paged:
        return {}
    models = {str(m.class_info.name): m for m in data.models}
    bound: dict[str, Paginator] = {}
    for tag, endpoint in _endpoints(data):
        found = paged.get(str(endpoint.name))
        if found is None:
            continue
        page = next(r.prop for r in endpoint.responses.patterns if (r.status_code.range or (0, 0))[0] == 200)
        if not isinstance(page, ModelProperty):
            continue
        items = next(p for p in _properties(page, models) if _text(p.name) == found.items_field)
        if not isinstance(items, ListProperty) or not isinstance(items.inner_property, ModelProperty):
            continue
        token = next(p for p in endpoint.query_parameters if _text(p.name) == found.token_parameter)
        others = [p for p in [*endpoint.query_parameters, *endpoint.header_parameters] if p is not token]
        bound[str(endpoint.name)] = Paginator(
            function=str(endpoint.name),
            tag=tag,
            token_argument=token.python_name,
            token_attributes=_attribute_path(page, found.token_path, models),
            items_attribute=items.python_name,
            page_class=page.class_info.name,
            page_module=page.class_info.module_name,
            item_class=items.inner_property.class_info.name,
            item_module=items.inner_property.class_info.module_name,
            path_parameters=tuple(param_declaration(p) for p in endpoint.path_parameters),
            parameters=tuple(param_declaration(p) for p in others),
            forwarded=tuple(p.python_name for p in [*endpoint.path_parameters, *others]),
            imports=tuple(sorted(i.replace("from ...", "from .", 1) for i in endpoint.relative_imports)),
            authenticated=bool(endpoint.requires_security),
        )
    return bound
