"""Structural defaulting, as the API server does it for custom resources: the schema's `default` of
every absent property is filled in, recursively, inside the objects that are present; an absent
object is not made up to hold defaults.

Two departures from the API server, both to hold a request to the documented schema (a client that
follows the spec never meets them): a null where the schema allows none is refused (422 Invalid),
where the API server drops it and fills in the default; and a property the schema lists as required
is required even when it has a default (telemetry's `retry` and `batch`), where the API server fills
it in before it validates. A merge or apply patch's null still removes a field (RFC 7386), and an
optional field removed so gets its default.

Defaults come from the kind's schema in the document (`$ref`s and `allOf` followed); `metadata` is
the server's and is never defaulted. The tree of defaults is built on first use, so a kind nobody
writes costs nothing at start-up. `KindDefaults` finds each kind's among several documents, for the
writes no request made (controllers, seeds), which the API server defaults all the same.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .kinds import Kind, kind_schema

__all__ = ["Defaults", "KindDefaults"]

_REF_PREFIX = "#/components/schemas/"


@dataclass
class _Node:
    """The defaults of one object schema, and the subschemas below it that hold defaults."""

    values: dict[str, Any] = field(default_factory=dict)  # property -> default
    properties: dict[str, _Node] = field(default_factory=dict)
    items: _Node | None = None  # array items
    additional: _Node | None = None  # values of a map (additionalProperties)

    @property
    def empty(self) -> bool:
        return not (self.values or self.properties or self.items or self.additional)


class _Builder:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.schemas: Mapping[str, Any] = (document.get("components") or {}).get("schemas") or {}
        self.built: dict[str, _Node | None] = {}
        self.building: set[str] = set()

    def resolve(self, given: Any) -> Mapping[str, Any]:
        """`given` with its `$ref` followed and its `allOf` merged (properties, items, maps)."""
        if not isinstance(given, Mapping):
            return {}
        schema: Mapping[str, Any] = given
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
            schema = {
                **self.schemas.get(ref[len(_REF_PREFIX) :], {}),
                **{k: v for k, v in schema.items() if k != "$ref"},
            }
        parts = [self.resolve(part) for part in schema.get("allOf") or []]
        if not parts:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in parts:
            merged["properties"] = {**(part.get("properties") or {}), **(merged.get("properties") or {})}
            merged["required"] = [*(merged.get("required") or []), *(part.get("required") or [])]
            for key in ("items", "additionalProperties", "default"):
                if key in part and key not in merged:
                    merged[key] = part[key]
        return merged

    def node(self, schema: Any) -> _Node | None:
        """The defaults under `schema`, or None where there are none (the walk skips that branch)."""
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        if isinstance(ref, str) and not schema.get("allOf") and len(schema) == 1:
            if ref in self.building:  # a recursive schema: its defaults are those found above
                return None
            if ref not in self.built:
                self.building.add(ref)
                self.built[ref] = self._build(self.resolve(schema))
                self.building.discard(ref)
            return self.built[ref]
        return self._build(self.resolve(schema))

    def _build(self, schema: Mapping[str, Any]) -> _Node | None:
        out = _Node()
        properties = schema.get("properties")
        required = set(schema.get("required") or ())
        for name, sub in (properties if isinstance(properties, Mapping) else {}).items():
            resolved = self.resolve(sub)
            if "default" in resolved and name not in required:
                out.values[name] = resolved["default"]
            below = self.node(sub)
            if below is not None:
                out.properties[name] = below
        if isinstance(schema.get("items"), Mapping):
            out.items = self.node(schema["items"])
        if isinstance(schema.get("additionalProperties"), Mapping):
            out.additional = self.node(schema["additionalProperties"])
        return None if out.empty else out


def _apply(node: _Node, value: Any) -> None:
    if isinstance(value, dict):
        for name, default in node.values.items():
            if name not in value:
                value[name] = copy.deepcopy(default)
        for name, below in node.properties.items():
            if name in value:
                _apply(below, value[name])
        if node.additional is not None:
            for name, item in value.items():
                if name not in node.properties:
                    _apply(node.additional, item)
    elif isinstance(value, list) and node.items is not None:
        for item in value:
            _apply(node.items, item)


class Defaults:
    """The defaults of one kind's schema, applied to objects of that kind in place."""

    def __init__(self, document: Mapping[str, Any], schema: Mapping[str, Any] | None) -> None:
        self._document = document
        self._schema = schema
        self._tree: _Node | None = None
        self._built = False

    def _root(self) -> _Node | None:
        if not self._built:
            if self._schema is not None:
                root = _Builder(self._document).node(self._schema)
                if root is not None:  # metadata is the server's, whatever its schema says
                    root.values.pop("metadata", None)
                    root.properties.pop("metadata", None)
                self._tree = root
            self._built = True
        return self._tree

    def apply(self, obj: dict[str, Any]) -> dict[str, Any]:
        """Fill in `obj`'s defaults (in place) and return it."""
        root = self._root()
        if root is not None:
            _apply(root, obj)
        return obj


class KindDefaults:
    """The defaults of every kind `documents` serve (the first document with the kind's schema)."""

    def __init__(self, documents: Callable[[], Iterable[Mapping[str, Any]]]) -> None:
        self._documents = documents  # read on first use: a world made at start-up builds nothing
        self._by_kind: dict[tuple[str, str], Defaults] = {}
        self._lock = threading.Lock()

    def _of(self, kind: Kind) -> Defaults:
        key = (kind.group, kind.kind)
        found = self._by_kind.get(key)
        if found is None:
            with self._lock:
                found = self._by_kind.get(key)
                if found is None:
                    found = Defaults({}, None)
                    for document in self._documents():
                        schema = kind_schema(document, kind)
                        if schema is not None:
                            found = Defaults(document, schema)
                            break
                    self._by_kind[key] = found
        return found

    def apply(self, kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
        """Fill in `obj`'s defaults as a `kind` (in place) and return it."""
        return self._of(kind).apply(obj)
