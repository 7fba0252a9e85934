"""Validate a project the way the API server does: one `StatusCause` per invalid field (422 Invalid)."""

from __future__ import annotations

import copy
import re
from typing import Any

import jsonschema_rs

from .statuses import KubeError

__all__ = ["USER_METADATA", "ProjectValidator", "prune"]

USER_METADATA = ("name", "generateName", "labels", "annotations", "finalizers", "ownerReferences")

_REQUIRED = re.compile(r'^"(?P<name>[^"]+)" is a required property')


def _field(path: list[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class ProjectValidator:
    def __init__(self, validator: jsonschema_rs.Validator) -> None:
        self.validator = validator

    def check(self, project: Any, name: str) -> None:
        """Raise 422 `Invalid` listing every problem of `project`."""
        if not isinstance(project, dict):
            raise KubeError.bad_request("the body must be a JSON object (a Project)")
        causes: list[dict[str, str]] = []
        metadata = project.get("metadata")
        if not isinstance(metadata, dict) or not (metadata.get("name") or metadata.get("generateName")):
            causes.append(
                {
                    "reason": "FieldValueRequired",
                    "message": "Required value: name or generateName is required",
                    "field": "metadata.name",
                }
            )
        for error in self.validator.iter_errors(project):
            path = list(error.instance_path)
            required = _REQUIRED.match(error.message)
            if required:
                if path == ["metadata"] and required["name"] == "generateName":
                    continue  # reported above, the way Kubernetes words it
                where = _field([*path, required["name"]])
                causes.append({"reason": "FieldValueRequired", "message": "Required value", "field": where})
            else:
                causes.append(
                    {
                        "reason": "FieldValueInvalid",
                        "message": f"Invalid value: {error.message}",
                        "field": _field(path),
                    }
                )
        if causes:
            raise KubeError.invalid(name, causes)


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
