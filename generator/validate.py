"""Spec validation: the OpenAPI document itself, and every example against its schema."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from specs import pointer

__all__ = ["Problem", "check_examples", "check_spec"]

_DOC_URI = "urn:openapi-spec"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a spec, located by JSON pointer."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _examples_at(node: dict[str, Any], here: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    if "example" in node:
        yield pointer(*here, "example"), node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict):  # media types, parameters and headers: a map of Example objects
        for name, example in examples.items():
            if isinstance(example, dict) and "value" in example:
                yield pointer(*here, "examples", name, "value"), example["value"]


def _walk(node: Any, here: tuple[str, ...]) -> Iterator[tuple[str, str, Any]]:
    """Yield (schema pointer, example pointer, example) for every example with a schema beside it."""
    if isinstance(node, dict):
        schema = node.get("schema")
        if isinstance(schema, dict) and "$ref" not in node:
            for where, value in _examples_at(node, here):
                yield pointer(*here, "schema"), where, value
        if here[:2] == ("components", "schemas") and len(here) == 3:
            if "example" in node:
                yield pointer(*here), pointer(*here, "example"), node["example"]
            for index, value in enumerate(node.get("examples") or []):
                yield pointer(*here), pointer(*here, "examples", str(index)), value
        for key, child in node.items():
            yield from _walk(child, (*here, str(key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(child, (*here, str(index)))


def check_examples(document: dict[str, Any]) -> list[Problem]:
    """Validate every example against the schema it illustrates (JSON Schema 2020-12, formats on)."""
    registry: Registry[Any] = Registry().with_resource(_DOC_URI, DRAFT202012.create_resource(document))
    problems = []
    for schema_pointer, where, value in _walk(document, ()):
        validator = Draft202012Validator(
            {"$ref": f"{_DOC_URI}#{schema_pointer}"}, registry=registry, format_checker=FormatChecker()
        )
        error = best_match(validator.iter_errors(value))
        if error is not None:
            location = "".join(f"/{p}" for p in error.absolute_path) or "/"
            problems.append(
                Problem(where, f"example does not match its schema at {location}: {error.message}")
            )
    return problems


def check_spec(document: dict[str, Any]) -> list[Problem]:
    """All problems of one spec: structural validity first, then its examples."""
    try:
        validate_openapi(document)
    except Exception as exc:  # the validator raises several unrelated exception types
        return [Problem("/", f"not a valid OpenAPI document: {exc}")]
    return check_examples(document)
