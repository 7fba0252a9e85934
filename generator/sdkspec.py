"""The document an SDK is generated from: the API's spec, and for Datum the project control plane's
group versions merged in, so that one `datum_client` types both control planes.

Paths and operations do not overlap (each group version has its own prefix and operation names);
components the documents share by name (`ObjectMeta`, `Status`, the list parameters, ...) are the
organization spec's, which differ from the project control plane's only in their descriptions.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import specs

from . import controlplane

__all__ = ["sdk_document"]


def _merge(into: dict[str, Any], document: dict[str, Any]) -> None:
    server = document["servers"]
    for path, item in document["paths"].items():
        into["paths"][path] = {"servers": copy.deepcopy(server), **item}
    for section, entries in document.get("components", {}).items():
        target = into.setdefault("components", {}).setdefault(section, {})
        for name, entry in entries.items():
            target.setdefault(name, entry)
    known = {tag["name"] for tag in into.get("tags", [])}
    into.setdefault("tags", []).extend(tag for tag in document.get("tags", []) if tag["name"] not in known)


def sdk_document(api: str, path: Path) -> dict[str, Any]:
    """`path`'s document, with what the SDK of `api` adds to it."""
    document = specs.load(path)
    if api != "datum":
        return document
    merged = copy.deepcopy(document)
    _, groups = controlplane.load_table()
    for group in groups:
        if group.sdk:
            _merge(merged, specs.load(controlplane.OUTPUT_DIR / group.file_name))
    return merged
