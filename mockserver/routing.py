"""Path matching: a segment trie built once, literal segments before templated ones (as OpenAPI asks)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import unquote

from .errors import SpecError

__all__ = ["Match", "Router"]

T = TypeVar("T")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


@dataclass
class _Node(Generic[T]):
    literals: dict[str, _Node[T]] = field(default_factory=dict)
    # A templated segment: its regex (a segment may mix text and parameters, "{id}.json") and names.
    templated: list[tuple[re.Pattern[str], tuple[str, ...], _Node[T]]] = field(default_factory=list)
    value: T | None = None
    template: str = ""


@dataclass(frozen=True)
class Match(Generic[T]):
    value: T
    template: str
    params: dict[str, str]


class Router(Generic[T]):
    """Maps a request path to the value stored for its OpenAPI path template."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()

    def add(self, template: str, value: T) -> None:
        node = self._root
        for segment in _segments(template):
            names = tuple(_TEMPLATE.findall(segment))
            if not names:
                node = node.literals.setdefault(segment, _Node())
                continue
            regex = "".join(
                f"(?P<p{i}>[^/]+?)" if i % 2 else re.escape(part)
                for i, part in enumerate(_TEMPLATE.split(segment))
            )
            pattern = re.compile(f"^{regex}$")
            for existing, _, child in node.templated:
                if existing.pattern == pattern.pattern:
                    node = child
                    break
            else:
                child = _Node()
                node.templated.append((pattern, names, child))
                node = child
        if node.value is not None:
            raise SpecError(f"two paths match the same requests: {node.template!r} and {template!r}")
        node.value, node.template = value, template

    def match(self, path: str) -> Match[T] | None:
        return self._walk(self._root, _segments(path), 0, {})

    def _walk(
        self, node: _Node[T], segments: list[str], index: int, params: dict[str, str]
    ) -> Match[T] | None:
        if index == len(segments):
            return Match(node.value, node.template, params) if node.value is not None else None
        segment = segments[index]
        child = node.literals.get(unquote(segment))
        if child is not None:
            found = self._walk(child, segments, index + 1, params)
            if found is not None:
                return found
        for pattern, names, templated_child in node.templated:
            hit = pattern.match(segment)
            if hit is None:
                continue
            values = {name: unquote(hit.group(f"p{2 * i + 1}")) for i, name in enumerate(names)}
            found = self._walk(templated_child, segments, index + 1, {**params, **values})
            if found is not None:
                return found
        return None


def _segments(path: str) -> list[str]:
    stripped = path.strip("/")
    return stripped.split("/") if stripped else []
