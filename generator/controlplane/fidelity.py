"""Fidelity of the project control plane's documents to the reference CRDs.

`crd_inventory` reads every CustomResourceDefinition under the reference's `crds/` into a compact
inventory (committed as `specs/datum/project-control-plane/crd-inventory.json`, so the check runs
where the reference is absent); `compare` finds each inventoried kind in the documents and checks its
scope, subresources, printer columns and every field: type, required flag, enum and default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import specs

__all__ = ["FidelityReport", "compare", "crd_inventory", "render_inventory"]

_FACETS = ("type", "enum", "default")


@dataclass
class FidelityReport:
    kinds: int = 0
    kinds_ok: int = 0
    fields: int = 0
    fields_ok: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.kinds_ok}/{self.kinds} reference CRD kinds, "
            f"{self.fields_ok}/{self.fields} fields (type, required, enum, default) match"
        )


def _fields(schema: dict[str, Any], prefix: str, required: bool, out: list[dict[str, Any]]) -> None:
    entry: dict[str, Any] = {"path": prefix, "required": required}
    for facet in _FACETS:
        if facet in schema:
            entry[facet] = schema[facet]
    out.append(entry)
    needed = set(schema.get("required", []))
    for name, child in sorted(schema.get("properties", {}).items()):
        _fields(child, f"{prefix}.{name}", name in needed, out)
    if isinstance(schema.get("items"), dict):
        _fields(schema["items"], f"{prefix}[]", False, out)
    if isinstance(schema.get("additionalProperties"), dict):
        _fields(schema["additionalProperties"], f"{prefix}{{}}", False, out)


def crd_inventory(reference: Path) -> dict[str, Any]:
    """Every CRD kind under `reference/crds`, its shape and its fields below `spec` and `status`."""
    kinds = []
    for path in sorted((reference / "crds").rglob("*.yaml")):
        crd = _load(path)
        if not isinstance(crd, dict) or crd.get("kind") != "CustomResourceDefinition":
            continue
        for version in crd["spec"]["versions"]:
            schema = version["schema"]["openAPIV3Schema"]
            fields: list[dict[str, Any]] = []
            needed = set(schema.get("required", []))
            for part in ("spec", "status"):
                if part in schema.get("properties", {}):
                    _fields(schema["properties"][part], part, part in needed, fields)
            kinds.append(
                {
                    "group": crd["spec"]["group"],
                    "version": version["name"],
                    "kind": crd["spec"]["names"]["kind"],
                    "plural": crd["spec"]["names"]["plural"],
                    "scope": crd["spec"]["scope"],
                    "subresources": sorted(version.get("subresources", {})),
                    "printerColumns": [
                        {k: c[k] for k in ("name", "jsonPath", "priority") if k in c}
                        for c in version.get("additionalPrinterColumns", [])
                    ],
                    "fields": fields,
                    "source": str(path.relative_to(reference)),
                }
            )
    return {"source": "datum/project-control-plane", "kinds": kinds}


def _load(path: Path) -> Any:
    import yaml  # noqa: PLC0415

    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=specs.yaml_loader())


def render_inventory(inventory: dict[str, Any]) -> str:
    return json.dumps(inventory, indent=1, sort_keys=True) + "\n"


class _Document:
    """One document, with `$ref`s followed and each kind's schema found by its group-version-kind."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.resolve = specs.Refs(document)

    def kind_schema(self, group: str, version: str, kind: str) -> dict[str, Any] | None:
        wanted = {"group": group, "version": version, "kind": kind}
        for schema in self.schemas.values():
            if wanted in schema.get("x-kubernetes-group-version-kind", []):
                return dict(schema)
        return None

    def lookup(self, schema: Any, path: str) -> tuple[Any, bool] | None:
        """The schema at a dotted field path (`spec.placements[].name`) and its required flag."""
        node, required = self.resolve(schema), False
        for step in path.replace("[]", ".[]").replace("{}", ".{}").split("."):
            if step == "[]":
                node, required = self.resolve(node.get("items")), False
            elif step == "{}":
                node, required = self.resolve(node.get("additionalProperties")), False
            else:
                props = node.get("properties", {}) if isinstance(node, dict) else {}
                if step not in props:
                    return None
                required = step in node.get("required", [])
                node = self.resolve(props[step])
            if not isinstance(node, dict):
                return None
        return node, required


def _check_kind(doc: _Document, crd: dict[str, Any], report: FidelityReport) -> None:
    name = f"{crd['kind']} ({crd['group']}/{crd['version']})"
    before = len(report.problems)
    schema = doc.kind_schema(crd["group"], crd["version"], crd["kind"])
    if schema is None:
        report.problems.append(f"{name}: kind missing")
        return
    base = f"/apis/{crd['group']}/{crd['version']}"
    collection = (
        f"{base}/namespaces/{{namespace}}/{crd['plural']}"
        if crd["scope"] == "Namespaced"
        else f"{base}/{crd['plural']}"
    )
    paths = doc.document.get("paths", {})
    for path in [collection, f"{collection}/{{name}}"] + [
        f"{collection}/{{name}}/{s}" for s in crd["subresources"]
    ]:
        if path not in paths:
            report.problems.append(f"{name}: path {path} missing")
    columns = [
        {k: c[k] for k in ("name", "jsonPath", "priority") if k in c}
        for c in schema.get("x-printer-columns", [])
    ]
    if columns != crd["printerColumns"]:
        report.problems.append(
            f"{name}: printer columns {columns} differ from the CRD's {crd['printerColumns']}"
        )
    for entry in crd["fields"]:
        report.fields += 1
        found = doc.lookup(schema, entry["path"])
        if found is None:
            report.problems.append(f"{name}: field {entry['path']} missing")
            continue
        node, required = found
        wrong = [
            f"{facet} is {node.get(facet)!r}, CRD says {entry[facet]!r}"
            for facet in _FACETS
            if facet in entry and node.get(facet) != entry[facet]
        ]
        if required != entry["required"]:
            wrong.append(f"required is {required}, CRD says {entry['required']}")
        if wrong:
            report.problems.append(f"{name}: {entry['path']}: " + "; ".join(wrong))
        else:
            report.fields_ok += 1
    report.kinds += 1
    report.kinds_ok += len(report.problems) == before


def compare(documents: list[dict[str, Any]], inventory: dict[str, Any]) -> FidelityReport:
    """Every inventoried kind against the document of its group version."""
    report = FidelityReport()
    by_group: dict[str, _Document] = {}
    for document in documents:
        for schema in document.get("components", {}).get("schemas", {}).values():
            for gvk in schema.get("x-kubernetes-group-version-kind", []):
                by_group.setdefault(f"{gvk['group']}/{gvk['version']}", _Document(document))
    for crd in inventory["kinds"]:
        doc = by_group.get(f"{crd['group']}/{crd['version']}")
        if doc is None:
            report.kinds += 1
            report.problems.append(f"{crd['kind']}: no document serves {crd['group']}/{crd['version']}")
            continue
        _check_kind(doc, crd, report)
    return report
