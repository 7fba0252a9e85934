"""JSON pointers (RFC 6901) and local `$ref`s: the one helper the compiler, the generator and the
tests follow references with.

A `$ref` is a URI; the specs only use local ones, fragments such as `#/components/schemas/Pet`
(percent-decoded, then read as a JSON pointer: `~1` is `/`, `~0` is `~`). A reference to another
document, a chain of references that comes back to itself, or one that points at nothing raises a
`RefError` naming where it was met. Parsing and walking are `jsonpointer`'s (a dependency of
`jsonpatch`, which the mock uses already).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

import jsonpointer

__all__ = ["RefError", "Refs", "escape", "lookup", "pointer", "tokens"]


class RefError(ValueError):
    """A `$ref` or JSON pointer that cannot be followed; the message starts with where it was met."""


def escape(token: str) -> str:
    """One reference token, escaped for a JSON pointer (`application/json` -> `application~1json`)."""
    return jsonpointer.escape(token)


def pointer(*parts: str | int) -> str:
    """The JSON pointer of `parts` (`pointer("paths", "/pets")` -> `/paths/~1pets`); "" for none."""
    return "".join("/" + jsonpointer.escape(str(part)) for part in parts)


def tokens(reference: str) -> list[str]:
    """The reference tokens of a JSON pointer (`/a~1b/c`) or of a URI fragment holding one (`#/a/c`,
    percent-decoded as URIs are); the whole document is `""` or `"#"`. Raises `RefError` for a
    pointer that does not start with `/` or holds an escape other than `~0` and `~1`."""
    text = unquote(reference[1:]) if reference.startswith("#") else reference
    try:
        return list(jsonpointer.JsonPointer(text).parts)
    except jsonpointer.JsonPointerException as exc:
        raise RefError(f"{reference!r} is not a JSON pointer: {exc}") from None


def lookup(document: Any, reference: str) -> Any:
    """What `reference` (a JSON pointer or a `#` fragment) points at in `document`; `RefError` when
    nothing is there."""
    target = document
    for token in tokens(reference):
        if isinstance(target, Mapping) and token in target:
            target = target[token]
        elif isinstance(target, list) and _is_index(token) and int(token) < len(target):
            target = target[int(token)]
        else:
            raise RefError(f"{reference!r} points at nothing")
    return target


def _is_index(token: str) -> bool:
    """An array index as RFC 6901 spells one: digits, without leading zeros."""
    return token.isdigit() and (token == "0" or not token.startswith("0"))


class Refs:
    """Follows the local `$ref`s of one document, which it treats as read-only: each reference is
    looked up once and remembered (per instance, so documents never share what they found)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._targets: dict[str, Any] = {}

    def follow(self, node: Any, where: str = "#") -> tuple[Any, str]:
        """`node` with its `$ref`s followed to the end, and the pointer (a `#` fragment) of where it
        landed (`where` when `node` is no reference). `RefError` for a reference that is not local,
        one that points at nothing, or a chain that comes back to itself."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            reference = node["$ref"]
            if not isinstance(reference, str):
                break  # a property named "$ref" in an example, not a reference
            if not reference.startswith("#"):
                raise RefError(f"{where}: only local $refs are supported, got {reference!r}")
            if reference in seen:
                raise RefError(f"{where}: circular $ref {reference!r}")
            seen.add(reference)
            node, where = self.target(reference, where), reference
        return node, where

    def target(self, reference: str, where: str = "#") -> Any:
        """What one local `reference` points at (not followed further)."""
        try:
            return self._targets[reference]
        except KeyError:
            pass
        try:
            found = lookup(self.document, reference)
        except RefError as exc:
            raise RefError(f"{where}: $ref {exc}") from None
        self._targets[reference] = found
        return found

    def __call__(self, node: Any) -> Any:
        """`node` with its `$ref`s followed; anything else comes back unchanged."""
        # Documents are parsed JSON or YAML: `dict`, checked faster than `Mapping` on this hot path.
        if not isinstance(node, dict) or "$ref" not in node:  # most nodes: nothing to follow
            return node
        return self.follow(node)[0]
