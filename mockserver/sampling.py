"""Values that satisfy a JSON Schema: the static answer (deterministic) or a dynamic one (random).

Static answers prefer what the spec author wrote (`example`, `examples`, `default`, `const`, the first
`enum` value); dynamic answers draw from a seeded `random.Random`, so `--seed` makes them repeatable.
"""

from __future__ import annotations

import random

# The stdlib's own regex parser (public as sre_parse before 3.11, which now warns on that name).
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import string
import uuid
from collections.abc import Callable
from typing import Any

__all__ = ["Sampler", "string_for_pattern"]

Resolve = Callable[[Any], Any]

_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri-reference": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "byte": "U3dhZ2dlciByb2Nrcw==",
    "json-pointer": "/a",
    "relative-json-pointer": "0",
    "regex": ".*",
    "uri-template": "https://example.com/{id}",
    "int32": "0",
    "int64": "0",
    "password": "secret",
}
_MAX_DEPTH = 6
_WORD = string.ascii_letters + string.digits + "_"


def string_for_pattern(pattern: str, rng: random.Random | None = None) -> str:
    """A string matching `pattern` (searched, as JSON Schema does). Shortest form unless `rng` is given."""
    parsed = sre_parse.parse(pattern)
    return _emit(list(parsed), rng)


def _emit(items: list[Any], rng: random.Random | None) -> str:
    out: list[str] = []
    for op, arg in items:
        if op is sre_c.LITERAL:
            out.append(chr(arg))
        elif op is sre_c.NOT_LITERAL:
            out.append("a" if chr(arg) != "a" else "b")
        elif op is sre_c.ANY:
            out.append("a")
        elif op is sre_c.IN:
            out.append(_pick_in(arg, rng))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            count = low
            if rng is not None:
                upper = min(high if high is not sre_c.MAXREPEAT else low + 8, low + 8)
                count = rng.randint(low, upper)
            out.extend(_emit(list(sub), rng) for _ in range(count))
        elif op is sre_c.SUBPATTERN:
            out.append(_emit(list(arg[-1]), rng))
        elif op is sre_c.BRANCH:
            branches = arg[1]
            choice = branches[0] if rng is None else rng.choice(branches)
            out.append(_emit(list(choice), rng))
        elif op is sre_c.CATEGORY:
            out.append(_category(arg))
        # AT (anchors), ASSERT, GROUPREF and the like add no characters.
    return "".join(out)


def _category(category: Any) -> str:
    name = str(category)
    if "NOT_DIGIT" in name or "NOT_SPACE" in name:
        return "a"
    if "DIGIT" in name:
        return "0"
    if "SPACE" in name:
        return " "
    if "NOT_WORD" in name:
        return "-"
    return "a"


def _pick_in(members: list[Any], rng: random.Random | None) -> str:
    negate = any(op is sre_c.NEGATE for op, _ in members)
    candidates: list[str] = []
    for op, arg in members:
        if op is sre_c.LITERAL:
            candidates.append(chr(arg))
        elif op is sre_c.RANGE:
            low, high = arg
            candidates.extend(chr(c) for c in range(low, min(high, low + 25) + 1))
        elif op is sre_c.CATEGORY:
            candidates.append(_category(arg))
    if negate:
        excluded = set(candidates)
        return next(c for c in _WORD if c not in excluded)
    if not candidates:
        return "a"
    return candidates[0] if rng is None else rng.choice(candidates)


class Sampler:
    """Builds values for schemas of one spec; `resolve` follows `$ref`s."""

    def __init__(self, resolve: Resolve) -> None:
        self._resolve = resolve

    @property
    def resolve(self) -> Resolve:
        """Follows a `$ref` (to its target); other values come back unchanged."""
        return self._resolve

    def sample(self, schema: Any, rng: random.Random | None = None, *, depth: int = 0) -> Any:
        schema = self._resolve(schema)
        if not isinstance(schema, dict):
            return None
        if rng is None:
            for key in ("const", "example", "default"):
                if key in schema:
                    return schema[key]
            if isinstance(schema.get("examples"), list) and schema["examples"]:
                return schema["examples"][0]
        elif "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return schema["enum"][0] if rng is None else rng.choice(schema["enum"])
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.sample(part, rng, depth=depth)
                if isinstance(value, dict):
                    merged.update(value)
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            if rest.get("properties") or rest.get("type") == "object":
                value = self.sample(rest, rng, depth=depth)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                options = schema[key]
                return self.sample(options[0] if rng is None else rng.choice(options), rng, depth=depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or ["null"]
            kind = kinds[0] if rng is None else rng.choice(kinds)
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        return getattr(self, f"_{kind}", self._string)(schema, rng, depth)

    def _object(self, schema: dict[str, Any], rng: random.Random | None, depth: int) -> Any:
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            resolved = self._resolve(prop)
            if isinstance(resolved, dict) and resolved.get("writeOnly"):
                continue
            optional = name not in required
            if optional and (depth >= _MAX_DEPTH or (rng is not None and rng.random() < 0.3)):
                continue
            result[name] = self.sample(prop, rng, depth=depth + 1)
        extra = schema.get("additionalProperties")
        wanted = int(schema.get("minProperties", 0))
        if isinstance(extra, dict) and len(result) < wanted:
            names = self._resolve(schema.get("propertyNames", {})) or {}
            for index in range(wanted - len(result)):
                key = self.sample(names, rng) if names else f"key{index}"
                result[str(key) if key else f"key{index}"] = self.sample(extra, rng, depth=depth + 1)
        return result

    def _array(self, schema: dict[str, Any], rng: random.Random | None, depth: int) -> Any:
        if depth >= _MAX_DEPTH and not schema.get("minItems"):
            return []
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 1 if rng is None else 3)))
        count = max(low, min(1, high)) if rng is None else rng.randint(low, max(low, high))
        items = schema.get("items", {})
        values = [self.sample(items, rng, depth=depth + 1) for _ in range(count)]
        if schema.get("uniqueItems"):
            unique: list[Any] = []
            for value in values:
                if value not in unique:
                    unique.append(value)
            values = unique
        return values

    def _string(self, schema: dict[str, Any], rng: random.Random | None, depth: int) -> Any:
        low = int(schema.get("minLength", 0))
        high = int(schema.get("maxLength", max(low, 16)))
        if "pattern" in schema:
            value = string_for_pattern(schema["pattern"], rng)
        elif schema.get("format") in _FORMATS:
            value = _FORMATS[schema["format"]]
            if rng is not None and schema["format"] == "uuid":
                value = str(_uuid(rng))
        elif rng is not None:
            value = "".join(
                rng.choice(string.ascii_lowercase)
                for _ in range(rng.randint(max(low, 1), max(low, 1, min(high, 12))))
            )
        else:
            value = "string"
        if len(value) < low and "pattern" not in schema:
            value = value + "x" * (low - len(value))
        if len(value) > high and "pattern" not in schema and "format" not in schema:
            value = value[:high]
        return value

    def _integer(self, schema: dict[str, Any], rng: random.Random | None, depth: int) -> Any:
        return int(self._number(schema, rng, depth, integral=True))

    def _number(
        self, schema: dict[str, Any], rng: random.Random | None, depth: int, *, integral: bool = False
    ) -> Any:
        low = schema.get("minimum")
        high = schema.get("maximum")
        if isinstance(schema.get("exclusiveMinimum"), int | float):
            low = schema["exclusiveMinimum"] + 1
        if isinstance(schema.get("exclusiveMaximum"), int | float):
            high = schema["exclusiveMaximum"] - 1
        low = 0 if low is None else low
        high = max(low, low + 100) if high is None else high
        value: float = low if rng is None else rng.uniform(low, high)
        step = schema.get("multipleOf")
        if step:
            value = (int(value / step) + (1 if value % step else 0)) * step
        if integral:
            return int(value)
        return value if rng is not None else float(value)

    def _boolean(self, schema: dict[str, Any], rng: random.Random | None, depth: int) -> Any:
        return True if rng is None else rng.random() < 0.5

    def _null(self, schema: dict[str, Any], rng: random.Random | None, depth: int) -> Any:
        return None


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
