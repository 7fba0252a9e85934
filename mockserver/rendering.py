"""The response stage's shaping of stored records: `Shaped` and `Listing` values merged into the
documented answer, repaired until valid, encoded, and kept for the next identical request."""

from __future__ import annotations

import operator
from typing import Any

import orjson

from . import planning, shaping
from .answer import Listing, Shaped
from .compiled import Api, Operation, ResponseMedia
from .shaping import matches, merge, repair

__all__ = ["RenderCache", "Shaper", "encode", "is_json"]

# Paging cursors of a list template: a stateful list is one page, so they are dropped where allowed
# (a client following "next-token" from an example would page forever).
_CURSORS = frozenset({"nextPageToken", "next_page_token", "nextToken", "continuation", "continue", "next"})

_MediaKey = tuple[str, str]  # (operationId, media type): an answer's media, by name
_Key = tuple[str, str, str]  # (operationId, media type, the answer's cache key)


def is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith(("+json", "/json"))


def encode(value: Any, media_type: str) -> bytes:
    if isinstance(value, bytes):
        return value
    if is_json(media_type) or not isinstance(value, str):
        return orjson.dumps(value)
    return value.encode("utf-8")


class RenderCache:
    """Encoded answers made from stored records, by key, each kept with the very objects it was made
    from (the records' bodies and the documented template) and used only while those are still the
    ones answered: stored records are immutable values, so a write replaces them and with them the
    entry. Bounded: emptied when full (a bound, not an LRU)."""

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        # key -> (what it was made from: one object or a tuple of them, template, bytes)
        self._entries: dict[_Key, tuple[Any, Any, bytes]] = {}

    def get(self, key: _Key, sources: tuple[Any, ...], template: Any) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None or entry[1] is not template:
            return None
        kept = entry[0]
        if (
            not isinstance(kept, tuple)
            or len(kept) != len(sources)
            or not all(map(operator.is_, kept, sources))
        ):
            return None
        return entry[2]

    def get_one(self, key: _Key, source: Any, template: Any) -> bytes | None:
        """`get` for an answer made from one object (a read): the hot path, without a tuple."""
        entry = self._entries.get(key)
        if entry is None or entry[1] is not template or entry[0] is not source:
            return None
        return entry[2]

    def put(self, key: _Key, sources: Any, template: Any, encoded: bytes) -> bytes:
        if len(self._entries) >= self.limit:
            self._entries.clear()
        self._entries[key] = (sources, template, encoded)
        return encoded


class Shaper:
    """Shapes one API's stored records into its documented answers; owns the render cache and what
    each answer's schema allows (worked out once per operation and media)."""

    def __init__(self, api: Api) -> None:
        self._resolve = api.sampler.resolve
        self.rendered = RenderCache()
        # The properties an answer may carry, or None when its schema leaves it open.
        self._allowed: dict[_MediaKey, dict[str, Any] | None] = {}
        # A list's items: their declared properties and whether they are closed.
        self._item_shapes: dict[_MediaKey, tuple[dict[str, Any], bool]] = {}

    def shape(
        self, operation: Operation, media: ResponseMedia, template: Any, value: Any, cache_key: str | None
    ) -> Any:
        """The answer's body for `value` (a `Shaped` or `Listing`) on the documented `template`:
        encoded bytes when it was kept or is to be kept, else a JSON value."""
        if isinstance(value, Listing):
            return self._listing(operation, media, template, value, cache_key)
        assert isinstance(value, Shaped)
        if isinstance(template, str) or (media.schema or {}).get("type") == "string":
            return repair(value.new_id if value.new_id is not None else template, template, media.validator)
        if not isinstance(template, dict):
            return template
        if cache_key is None:
            return self._one(operation, media, template, value.fields)
        key = (operation.operation_id, media.media_type, cache_key)
        encoded = self.rendered.get_one(key, value.fields, template)
        if encoded is None:
            one = self._one(operation, media, template, value.fields)
            encoded = self.rendered.put(key, value.fields, template, encode(one, media.media_type))
        return encoded

    def _one(self, operation: Operation, media: ResponseMedia, template: Any, fields: dict[str, Any]) -> Any:
        allowed = self._allowed_in(operation, media)
        return repair(merge(template, fields, allowed), template, media.validator)

    def _listing(
        self,
        operation: Operation,
        media: ResponseMedia,
        template: Any,
        listing: Listing,
        cache_key: str | None,
    ) -> Any:
        key = (operation.operation_id, media.media_type, cache_key or "")
        if cache_key is not None:
            encoded = self.rendered.get(key, listing.items, template)
            if encoded is not None:
                return encoded
        allowed, closed = self._item_shape(operation, media, listing.list_field)
        item_template = shaping.item_template(template, listing.list_field)
        items, ids = listing.items, listing.ids
        wanted = {k: v for k, v in (listing.query or {}).items() if k in allowed}
        if wanted:
            kept = [(b, i) for b, i in zip(items, ids, strict=True) if matches(b, item_template, wanted)]
            items, ids = tuple(b for b, _ in kept), tuple(i for _, i in kept)
        shaped = [merge(item_template, body, allowed if closed else None) for body in items]
        value: Any
        if listing.list_field == "":
            value = shaped
        else:
            value = dict(template) if isinstance(template, dict) else {}
            if listing.list_field is not None:  # None: the list carries the records' ids only
                value[listing.list_field] = shaped
            if listing.ids_field is not None:
                value[listing.ids_field] = list(ids)
            value = _without_cursors(value, media)
        value = repair(value, template, media.validator)
        if cache_key is None:
            return value
        return self.rendered.put(key, listing.items, template, encode(value, media.media_type))

    def _allowed_in(self, operation: Operation, media: ResponseMedia) -> dict[str, Any] | None:
        key = (operation.operation_id, media.media_type)
        try:
            return self._allowed[key]
        except KeyError:
            pass
        closed = planning.closed(media.schema, self._resolve)
        allowed = planning.properties(media.schema, self._resolve) if closed else None
        self._allowed[key] = allowed
        return allowed

    def _item_shape(
        self, operation: Operation, media: ResponseMedia, list_field: str | None
    ) -> tuple[dict[str, Any], bool]:
        key = (operation.operation_id, media.media_type)
        shape = self._item_shapes.get(key)
        if shape is None:
            items_schema = self._items_schema(media, list_field)
            allowed = planning.properties(items_schema, self._resolve) if items_schema is not None else {}
            shape = (allowed, items_schema is not None and planning.closed(items_schema, self._resolve))
            self._item_shapes[key] = shape
        return shape

    def _items_schema(self, media: ResponseMedia, list_field: str | None) -> Any:
        schema = self._resolve(media.schema)
        if list_field == "":
            return self._resolve(schema.get("items")) if isinstance(schema, dict) else None
        prop = planning.properties(schema, self._resolve).get(list_field or "")
        prop = self._resolve(prop)
        return self._resolve(prop.get("items")) if isinstance(prop, dict) else None


def _without_cursors(value: dict[str, Any], media: ResponseMedia) -> dict[str, Any]:
    trimmed = {k: v for k, v in value.items() if k not in _CURSORS}
    for key, inner in trimmed.items():
        if isinstance(inner, dict) and _CURSORS & inner.keys():
            trimmed[key] = {k: v for k, v in inner.items() if k not in _CURSORS}
    if media.validator is not None and not media.validator.is_valid(trimmed):
        return value
    return trimmed
