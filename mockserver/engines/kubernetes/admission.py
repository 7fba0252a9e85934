"""Validate an object the way the API server does: one `StatusCause` per invalid field (422 Invalid)."""

from __future__ import annotations

import re
from typing import Any

from ...schema_validators import SchemaValidator
from .statuses import KubeError, ResourceName

__all__ = ["USER_METADATA", "ObjectValidator"]

# The metadata a client may set; the rest (uid, resourceVersion, generation, ...) is the server's.
USER_METADATA = ("name", "generateName", "labels", "annotations", "finalizers", "ownerReferences")

_REQUIRED = re.compile(r'^"(?P<name>[^"]+)" is a required property')


def _field(path: list[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class ObjectValidator:
    """Checks objects of one kind against the kind's schema from the spec."""

    def __init__(self, validator: SchemaValidator, resource: ResourceName) -> None:
        self.validator = validator
        self.resource = resource

    def check(self, obj: Any, name: str) -> None:
        """Raise 400 for a body that is no object, 422 `Invalid` listing every problem of `obj`."""
        if not isinstance(obj, dict):
            raise KubeError.bad_request(f"the body must be a JSON object (a {self.resource.kind})")
        causes: list[dict[str, str]] = []
        metadata = obj.get("metadata")
        if not isinstance(metadata, dict) or not (metadata.get("name") or metadata.get("generateName")):
            causes.append(
                {
                    "reason": "FieldValueRequired",
                    "message": "Required value: name or generateName is required",
                    "field": "metadata.name",
                }
            )
        for error in self.validator.iter_errors(obj):
            path = list(error.instance_path)
            required = _REQUIRED.match(error.message)
            if required:
                if path == ["metadata"] and required["name"] in ("name", "generateName"):
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
            raise KubeError.invalid(self.resource, name, causes)
