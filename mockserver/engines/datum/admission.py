"""What the API server keeps of a Project: the fields its schema knows (custom resources are pruned)."""

from __future__ import annotations

import copy
from typing import Any

from ..kubernetes.admission import USER_METADATA

__all__ = ["prune"]


def prune(project: dict[str, Any]) -> dict[str, Any]:
    """Only the fields the schema knows, as the API server prunes custom resources."""
    metadata = project.get("metadata") or {}
    spec = project.get("spec") or {}
    parent = spec.get("parent") or {}
    out: dict[str, Any] = {
        "metadata": {k: copy.deepcopy(metadata[k]) for k in USER_METADATA if k in metadata},
        "spec": {"parent": {"external": parent.get("external")}},
    }
    if isinstance(project.get("status"), dict):
        out["status"] = {"conditions": copy.deepcopy(project["status"].get("conditions", []))}
    return out
