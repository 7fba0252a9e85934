"""Path matching: a segment trie built once, literal segments before templated ones (as OpenAPI asks)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Generic, TypeVar
from urllib.parse import unquote

from .errors import SpecError

__all__ = ["Match", "Resolution", "Router", "resolve"]

T = TypeVar("T")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_SEEN_MAX = 4096


@dataclass
class _Node(Generic[T]):
    literals: dict[str, _Node[T]] = field(default_factory=dict)
    # Templated segments by shape ("{}", "{}.json"); paths that differ only in parameter names
    # (/service/{id} and /service/{serviceId}/model) share a node, so names live on the leaf.
    templated: list[tuple[re.Pattern[str], _Node[T]]] = field(default_factory=list)
    value: T | None = None
    template: str = ""
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    value: T
    template: str
    params: Mapping[str, str]  # read-only: a match is shared by every request for the same path


class Router(Generic[T]):
    """Maps a request path to the value stored for its OpenAPI path template."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        # Paths seen lately and the leaf each matched (or None): clients ask for the same paths again
        # and again. Bounded: emptied when full.
        self._seen: dict[str, Match[T] | None] = {}  # path -> its match, for paths seen before

    def add(self, template: str, value: T) -> None:
        node = self._root
        names: list[str] = []
        for segment in _segments(template):
            found = _TEMPLATE.findall(segment)
            if not found:
                node = node.literals.setdefault(segment, _Node())
                continue
            names.extend(found)
            parts = _TEMPLATE.split(segment)
            regex = "".join("([^/]+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts))
            pattern = re.compile(f"^{regex}$")
            for existing, child in node.templated:
                if existing.pattern == pattern.pattern:
                    node = child
                    break
            else:
                child = _Node()
                node.templated.append((pattern, child))
                node = child
        if node.value is not None:
            raise SpecError(f"two paths match the same requests: {node.template!r} and {template!r}")
        node.value, node.template, node.names = value, template, tuple(names)
        self._seen.clear()

    def match(self, path: str) -> Match[T] | None:
        try:
            return self._seen[path]
        except KeyError:
            pass
        match = self._match_of(self._walk(self._root, _segments(path), 0, []))
        if len(self._seen) >= _SEEN_MAX:
            self._seen.clear()
        self._seen[path] = match
        return match

    def match_where(self, path: str, accept: Callable[[T], bool]) -> Match[T] | None:
        """The first match, in `match`'s order, whose value `accept`s (not remembered: the rare case
        of a literal path without the method a templated one has, `resolve`)."""
        return self._match_of(self._walk(self._root, _segments(path), 0, [], accept))

    @staticmethod
    def _match_of(found: tuple[_Node[T], tuple[str, ...]] | None) -> Match[T] | None:
        if found is None:
            return None
        node, values = found
        assert node.value is not None
        return Match(node.value, node.template, MappingProxyType(dict(zip(node.names, values, strict=True))))

    def _walk(
        self,
        node: _Node[T],
        segments: list[str],
        index: int,
        values: list[str],
        accept: Callable[[T], bool] | None = None,
    ) -> tuple[_Node[T], tuple[str, ...]] | None:
        if index == len(segments):
            if node.value is None or (accept is not None and not accept(node.value)):
                return None
            return node, tuple(values)
        segment = segments[index]
        child = node.literals.get(unquote(segment) if "%" in segment else segment)
        if child is not None:
            found = self._walk(child, segments, index + 1, values, accept)
            if found is not None:
                return found
        for pattern, templated_child in node.templated:
            hit = pattern.match(segment)
            if hit is None:
                continue
            groups = hit.groups()
            if "%" in segment:
                groups = tuple(map(unquote, groups))
            found = self._walk(templated_child, segments, index + 1, [*values, *groups], accept)
            if found is not None:
                return found
        return None


def _segments(path: str) -> list[str]:
    stripped = path.strip("/")
    return stripped.split("/") if stripped else []


@dataclass(frozen=True, slots=True)
class Resolution(Generic[T]):
    """A request's (path, method) routed, the three-way match of Starlette: `value` is the operation
    when both match; else `status` says why not: 404 (no path), 405 (path, not method; `allow`
    lists the methods), or 204 (an OPTIONS request the path has no operation for: `allow` answers it).
    `unmatched`: a miss the real service may answer in its own way (engines get to try first)."""

    value: T | None
    match: Match[dict[str, T]] | None
    status: int = 0
    allow: str = ""
    unmatched: bool = False


def resolve(router: Router[dict[str, T]], path: str, method: str) -> Resolution[T]:
    """Route by path, then by method: GET implies HEAD, and OPTIONS is answered with `Allow`."""
    match = router.match(path)
    if match is None:
        return Resolution(None, None, 404, unmatched=True)
    by_method = match.value
    value = by_method.get(method)
    if value is None and method == "HEAD":
        value = by_method.get("GET")
    if value is not None:
        return Resolution(value, match)
    if method != "OPTIONS":
        # A literal path without the method a templated one has (`DELETE /subscription/request`, with
        # GET and POST on `/subscription/request` and DELETE on `/subscription/{id}`): the templated
        # one serves it, as in Starlette's routing and the Go routers the real services run on; 405
        # only when no path has the method.
        head = method == "HEAD"
        other = router.match_where(path, lambda methods: method in methods or (head and "GET" in methods))
        if other is not None:
            return Resolution(other.value.get(method) or other.value["GET"], other)
    allow = ", ".join(sorted({*by_method, *(["HEAD"] if "GET" in by_method else [])}))
    if method == "OPTIONS":
        return Resolution(None, match, 204, f"{allow}, OPTIONS")
    return Resolution(None, match, 405, allow, unmatched=method != "HEAD")
