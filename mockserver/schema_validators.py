"""Validators of a spec's schemas, each compiled on its first use, all checked together at start.

Compiling a validator per schema an operation uses was half of compiling a large spec (Omnistrate's
~600 schemas), though a run uses few of them. So each is compiled when a request first needs it; at
start one validator referring to all of them is compiled (one pass, shared subschemas compiled once,
a third of the time), so a broken `$ref` or keyword still fails the start, naming its schema.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Protocol
from urllib.parse import quote

import jsonschema_rs

from .errors import SpecError

__all__ = ["DOCUMENT_URI", "LazyValidator", "SchemaValidator", "check_all"]

DOCUMENT_URI = "urn:mockserver:spec"  # the spec's base URI in the validators' registry
_OPTIONS: dict[str, Any] = {"validate_formats": True}


class SchemaValidator(Protocol):
    """What the mock asks of a validator (a `jsonschema_rs.Validator` or a `LazyValidator`)."""

    def is_valid(self, instance: Any) -> bool: ...
    def iter_errors(self, instance: Any) -> Iterator[jsonschema_rs.ValidationError]: ...


def _reference(pointer: str) -> dict[str, str]:
    return {"$ref": DOCUMENT_URI + quote(pointer, safe="#/~")}


class LazyValidator:
    """The validator of the schema at `pointer` in a registry's document, compiled on first use."""

    __slots__ = ("_compiled", "_registry", "pointer")

    def __init__(self, pointer: str, registry: jsonschema_rs.Registry) -> None:
        self.pointer = pointer
        self._registry = registry
        self._compiled: jsonschema_rs.Validator | None = None

    def compiled(self) -> jsonschema_rs.Validator:
        # Two threads may both compile it on a first use at once: the same validator, harmlessly twice.
        if self._compiled is None:
            self._compiled = jsonschema_rs.validator_for(
                _reference(self.pointer), registry=self._registry, **_OPTIONS
            )
        return self._compiled

    def is_valid(self, instance: Any) -> bool:
        return self.compiled().is_valid(instance)

    def iter_errors(self, instance: Any) -> Iterator[jsonschema_rs.ValidationError]:
        return self.compiled().iter_errors(instance)


def check_all(name: str, validators: Mapping[str, LazyValidator], registry: jsonschema_rs.Registry) -> None:
    """Raise `SpecError` naming the first schema among `validators` that cannot be compiled."""
    if not validators:
        return
    every = {"anyOf": [_reference(pointer) for pointer in validators]}
    try:
        jsonschema_rs.validator_for(every, registry=registry, **_OPTIONS)
    except Exception:  # jsonschema_rs reports broken refs and bad keywords here: find whose
        for pointer, validator in validators.items():
            try:
                validator.compiled()
            except Exception as exc:
                raise SpecError(f"{name}: cannot compile the schema at {pointer}: {exc}") from exc
        raise
