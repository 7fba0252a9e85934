"""Seed coverage: does a spec hold every operation, parameter and body field its seed names?

Each `specs/<api>/seed-inventory.json` is what `generator/seeds/<api>.py` reads out of the seed
document; this module compares a spec with it, field by field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specs import Refs

__all__ = ["CoverageReport", "compare", "inventory_path", "load_inventory"]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# OpenAPI ignores header parameters with these names: the body's media type, the response
# negotiation and the security scheme carry them (OAS 3.1, Parameter Object, `name`).
_OAS_IGNORED_HEADERS = frozenset({"content-type", "accept", "authorization"})
_FACETS = ("required", "type", "format", "pattern", "default", "enum", "minLength", "maxLength")


@dataclass
class CoverageReport:
    api: str
    operations: int = 0
    covered: int = 0
    fields: int = 0
    fields_ok: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return (
            f"{self.api}: {self.covered}/{self.operations} seed operations, "
            f"{self.fields_ok}/{self.fields} seed parameters and body fields match"
        )


def inventory_path(spec_path: Path) -> Path:
    return spec_path.parent / "seed-inventory.json"


def load_inventory(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


class _Resolver(Refs):
    """The document's `$ref`s followed, and the properties a schema declares (through `allOf`)."""

    def properties(self, schema: Any) -> tuple[dict[str, Any], set[str]]:
        schema = self(schema)
        props: dict[str, Any] = dict(schema.get("properties", {}))
        required: set[str] = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, more_required = self.properties(part)
            props.update(more)
            required |= more_required
        return props, required


def _facts(schema: Any, resolve: _Resolver) -> dict[str, Any]:
    schema = resolve(schema) or {}
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "enum" in schema:
        kind = "string"
    return {
        "type": kind,
        "format": schema.get("format"),
        "pattern": schema.get("pattern"),
        "default": schema.get("default"),
        "enum": schema.get("enum"),
        "minLength": schema.get("minLength"),
        "maxLength": schema.get("maxLength"),
    }


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method, path, item, operation)
    return found


def _matches(facet: str, seed_value: Any, spec_value: Any) -> bool:
    # The seed's "any" is a field the spec leaves untyped.
    return spec_value == seed_value or (facet == "type" and seed_value == "any" and spec_value is None)


def _compare_facets(where: str, seed: dict[str, Any], spec: dict[str, Any], report: CoverageReport) -> None:
    report.fields += 1
    wrong = [
        f"{facet} is {spec.get(facet)!r}, seed says {seed[facet]!r}"
        for facet in _FACETS
        if seed.get(facet) is not None and not _matches(facet, seed[facet], spec.get(facet))
    ]
    if wrong:
        report.problems.append(f"{where}: " + "; ".join(wrong))
    else:
        report.fields_ok += 1


def compare(document: dict[str, Any], inventory: dict[str, Any]) -> CoverageReport:
    """Compare a spec with a seed inventory; every difference becomes a problem line."""
    resolve = _Resolver(document)
    report = CoverageReport(api=str(inventory.get("api", "?")))
    operations = _operations(document)
    for seed_op in inventory["operations"]:
        report.operations += 1
        op_id = seed_op["operationId"]
        if op_id not in operations:
            report.problems.append(f"{op_id} ({seed_op.get('name')}): operation missing")
            continue
        _, _, item, operation = operations[op_id]
        before = len(report.problems)
        if seed_op.get("tag") and seed_op["tag"] not in operation.get("tags", []):
            report.problems.append(f"{op_id}: not tagged {seed_op['tag']!r}")
        if bool(seed_op.get("deprecated")) != bool(operation.get("deprecated", False)):
            report.problems.append(f"{op_id}: deprecated should be {bool(seed_op.get('deprecated'))}")
        parameters = {}
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = resolve(raw)
            parameters[(parameter["in"], parameter["name"].lower())] = parameter
        for seed_param in seed_op.get("parameters", []):
            key = (seed_param["in"], seed_param["name"].lower())
            where = f"{op_id}: {seed_param['in']} parameter {seed_param['name']!r}"
            if seed_param["in"] == "header" and key[1] in _OAS_IGNORED_HEADERS:
                report.fields += 1
                report.fields_ok += 1
                continue
            if key not in parameters:
                report.fields += 1
                report.problems.append(f"{where} missing")
                continue
            spec_param = parameters[key]
            facts = {
                **_facts(spec_param.get("schema"), resolve),
                "required": spec_param.get("required", False),
            }
            _compare_facets(where, seed_param, facts, report)
        seed_body = seed_op.get("body")
        if seed_body:
            body = resolve(operation.get("requestBody"))
            media = (body or {}).get("content", {}).get(seed_body.get("contentType", "application/json"))
            if media is None:
                report.problems.append(f"{op_id}: request body {seed_body.get('contentType')} missing")
            else:
                if bool(seed_body.get("required")) and not body.get("required", False):
                    report.problems.append(f"{op_id}: request body should be required")
                props, required = resolve.properties(media.get("schema", {}))
                for seed_field in seed_body.get("fields", []):
                    where = f"{op_id}: body field {seed_field['name']!r}"
                    if seed_field["name"] not in props:
                        report.fields += 1
                        report.problems.append(f"{where} missing")
                        continue
                    facts = {
                        **_facts(props[seed_field["name"]], resolve),
                        "required": seed_field["name"] in required,
                    }
                    _compare_facets(where, seed_field, facts, report)
        if len(report.problems) == before:
            report.covered += 1
    return report
