"""What `python -m generator check` finds, as values: one `Section` per thing checked, each with a
summary line and its problems. The CLI only prints them (and tests read them directly)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import specs

from . import codegen, controlplane, coverage, drift, names, sdkspec, seeds, validate
from .targets import all_targets

__all__ = ["Section", "check_drift", "check_spec"]

_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})


@dataclass
class Section:
    """One line of the report (`spec datahub: 53 operations, ...: ok`) and what is wrong under it."""

    summary: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _operations(document: dict[str, Any]) -> int:
    return sum(1 for item in document.get("paths", {}).values() for key in item if key in _METHODS)


def check_spec(name: str) -> Iterator[Section]:
    """A spec's validity and examples, its client names, and its coverage of the seed inventory.
    Raises `specs.SpecNotFoundError` for a name that is no spec."""
    _, path = specs.resolve(name)
    document = specs.load(path)
    problems = validate.check_spec(document)
    status = "ok" if not problems else f"{len(problems)} problem(s)"
    yield Section(
        f"spec {name}: {_operations(document)} operations, OpenAPI {document.get('openapi')}: {status}",
        [str(problem) for problem in problems],
    )
    if name in {t.api for t in all_targets()}:
        unnamed = names.problems(name, sdkspec.sdk_document(name, path))
        yield Section(f"  client names: {'ok' if not unnamed else f'{len(unnamed)} problem(s)'}", unnamed)
    inventory_file = coverage.inventory_path(path)
    if inventory_file.is_file():
        inventory = coverage.load_inventory(inventory_file)
        fresh = seeds.fresh_inventory(name, inventory)
        stale = (
            [f"{inventory_file} is stale: run `python -m generator generate {name}`"]
            if fresh is not None and fresh != inventory
            else []
        )
        report = coverage.compare(document, inventory)
        yield Section(f"  seed coverage {report.summary()}", [*stale, *report.problems])
    if name == "datum":
        yield from check_control_plane()


def check_control_plane() -> Iterator[Section]:
    """The project control plane's documents: each valid, each what the kinds table gives (where the
    reference is here to author them again), and together faithful to the reference CRDs."""
    documents = {path: specs.load(path) for path in controlplane.document_paths() if path.is_file()}
    missing = [f"{path} is missing" for path in controlplane.document_paths() if path not in documents]
    authored = controlplane.author_documents()
    for path, document in documents.items():
        problems = [str(problem) for problem in validate.check_spec(document)]
        if authored is not None and controlplane.render(authored[path]) != path.read_text(encoding="utf-8"):
            problems.append(f"{path} differs from the kinds table: run `python -m generator control-plane`")
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        yield Section(
            f"  project control plane {path.name}: {_operations(document)} operations: {status}", problems
        )
    inventory_file = controlplane.INVENTORY_PATH
    if not inventory_file.is_file():
        yield Section(
            "  project control plane CRD fidelity: no crd-inventory.json", [f"{inventory_file} is missing"]
        )
        return
    inventory = coverage.load_inventory(inventory_file)
    stale = []
    if controlplane.reference_dir().is_dir():
        fresh = controlplane.crd_inventory(controlplane.reference_dir())
        if fresh != inventory:
            stale.append(f"{inventory_file} is stale: run `python -m generator control-plane`")
    report = controlplane.compare(list(documents.values()), inventory)
    yield Section(
        f"  project control plane CRD fidelity: {report.summary()}", [*missing, *stale, *report.problems]
    )


def check_drift(apis: list[str]) -> Iterator[Section]:
    """Each SDK of `apis` regenerated in a temporary folder and compared with sdk/<api>."""
    for sdk in [t for t in all_targets() if t.api in apis]:
        with tempfile.TemporaryDirectory(prefix=f"drift-{sdk.api}-") as tmp:
            try:
                generated = codegen.generate_into(sdk, Path(tmp) / sdk.api)
            except codegen.GenerationError as exc:
                yield Section(f"sdk {sdk.api}: generation failed", [str(exc)])
                continue
            lines = drift.differences(generated, sdk.output)
        if lines:
            yield Section(
                f"sdk {sdk.api}: differs from its spec (run `python -m generator generate {sdk.api}`):", lines
            )
        else:
            yield Section(f"sdk {sdk.api}: matches its spec, no generator warnings")
