"""Checking a plain object against a discovered Kubernetes OpenAPI schema (copied into
`datum_client` at generation; the package depends on httpx and attrs only, so no jsonschema).

The subset Kubernetes publishes: `$ref` (within the document), `type` (one or a list), `properties`,
`required`, `additionalProperties`, `items`, `enum`, `pattern`, `minimum`/`maximum`,
`minLength`/`maxLength`, `minItems`/`maxItems`, `allOf`/`anyOf`/`oneOf`, and
`x-kubernetes-int-or-string`. Each misfit is one line naming its JSON path (`$.spec.ipam.mode`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, cast

from datum_client._runtime.errors import ValidationError

__all__ = ["SchemaValidator", "check_object"]

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}
_MAX_REF_DEPTH = 64


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _is(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in {"integer", "number"}:
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(kind, (object,)))


def _reference(schema: Any) -> str | None:
    """The `$ref` of a schema, if it is one."""
    if not isinstance(schema, Mapping):
        return None
    reference: Any = cast("Mapping[str, Any]", schema).get("$ref")
    return None if reference is None else str(reference)


class SchemaValidator:
    """Checks values against the schemas of one OpenAPI document (its `components.schemas`)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        components: Mapping[str, Any] = document.get("components") or {}
        self._schemas: Mapping[str, Any] = components.get("schemas") or {}

    def resolve(self, schema: Any) -> Any:
        """`schema`, its `$ref`s followed within the document."""
        current: Any = schema
        for _ in range(_MAX_REF_DEPTH):
            reference = _reference(current)
            if reference is None:
                break
            current = self._schemas.get(reference.rsplit("/", 1)[-1], {})
        return current

    def problems(self, value: Any, schema: Any, path: str = "$") -> Iterator[str]:
        """Every misfit of `value`, one line each."""
        resolved: Any = self.resolve(schema)
        if not isinstance(resolved, Mapping):
            return
        schema = cast("Mapping[str, Any]", resolved)
        yield from self._type(value, schema, path)
        parts: list[Any] = schema.get("allOf") or []
        for part in parts:
            yield from self.problems(value, part, path)
        for key in ("anyOf", "oneOf"):
            options: list[Any] = schema.get(key) or []
            if options and not any(next(self.problems(value, o, path), None) is None for o in options):
                yield f"{path}: matches none of the allowed shapes"
        if "enum" in schema and value not in schema["enum"]:
            yield f"{path}: {value!r} is not one of {schema['enum']}"
        if isinstance(value, str):
            yield from self._string(value, schema, path)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield from self._number(value, schema, path)
        elif isinstance(value, list):
            yield from self._array(cast(Any, value), schema, path)
        elif isinstance(value, dict):
            yield from self._object(cast(Any, value), schema, path)

    def _type(self, value: Any, schema: Mapping[str, Any], path: str) -> Iterator[str]:
        if schema.get("x-kubernetes-int-or-string"):
            if not (_is(value, "integer") or isinstance(value, str)):
                yield f"{path}: expected an integer or a string, got {type(value).__name__}"
            return
        kinds = schema.get("type")
        if kinds is None:
            return
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        if schema.get("nullable"):
            kinds.append("null")
        if not any(_is(value, kind) for kind in kinds):
            yield f"{path}: expected {' or '.join(kinds)}, got {type(value).__name__}"

    @staticmethod
    def _string(value: str, schema: Mapping[str, Any], path: str) -> Iterator[str]:
        if "pattern" in schema and not _compiled(str(schema["pattern"])).search(value):
            yield f"{path}: {value!r} does not match {schema['pattern']}"
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield f"{path}: longer than {schema['maxLength']} characters"
        if "minLength" in schema and len(value) < schema["minLength"]:
            yield f"{path}: shorter than {schema['minLength']} characters"

    @staticmethod
    def _number(value: float, schema: Mapping[str, Any], path: str) -> Iterator[str]:
        if "minimum" in schema and value < schema["minimum"]:
            yield f"{path}: {value} is below the minimum {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            yield f"{path}: {value} is above the maximum {schema['maximum']}"

    def _array(self, value: list[Any], schema: Mapping[str, Any], path: str) -> Iterator[str]:
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield f"{path}: fewer than {schema['minItems']} items"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield f"{path}: more than {schema['maxItems']} items"
        if "items" in schema:
            for index, item in enumerate(value):
                yield from self.problems(item, schema["items"], f"{path}[{index}]")

    def _object(self, value: dict[str, Any], schema: Mapping[str, Any], path: str) -> Iterator[str]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        for name in schema.get("required", ()):
            if name not in value:
                yield f"{path}.{name}: required field is missing"
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                yield from self.problems(item, properties[name], f"{path}.{name}")
            elif isinstance(extra, Mapping):
                yield from self.problems(item, extra, f"{path}.{name}")
            elif extra is False:
                yield f"{path}.{name}: unknown field"


def check_object(validator: SchemaValidator, value: Any, schema: Any, what: str) -> None:
    """Raise `ValidationError` (naming every misfit, the first as `path`) unless `value` fits."""
    found = list(validator.problems(value, schema))
    if found:
        first = found[0]
        raise ValidationError(
            f"{what} does not fit its schema: " + "; ".join(found[:10]) + (" ..." if len(found) > 10 else ""),
            path=first.split(":", 1)[0],
            reason=first.split(": ", 1)[-1],
        )
