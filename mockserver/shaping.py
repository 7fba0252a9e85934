"""Shaping stored records into answers: merged into the documented shape, repaired until valid."""

from __future__ import annotations

from typing import Any

from .schema_validators import SchemaValidator

__all__ = ["item_template", "matches", "merge", "repair"]

_MAX_REPAIRS = 16


def merge(template: Any, fields: dict[str, Any], allowed: dict[str, Any] | None) -> Any:
    if not isinstance(template, dict):
        template = {}
    merged = dict(template)
    for key, value in fields.items():
        if allowed is None or key in allowed:
            merged[key] = value
    return merged


def repair(value: Any, template: Any, validator: SchemaValidator | None) -> Any:
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


def item_template(template: Any, list_field: str | None) -> Any:
    """The first item of a list answer's documented example: the shape each listed record fills."""
    items = template if list_field == "" else template.get(list_field) if isinstance(template, dict) else None
    return items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else {}


def matches(body: dict[str, Any], item_template: dict[str, Any], wanted: dict[str, Any]) -> bool:
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
