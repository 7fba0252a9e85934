"""The three patch forms Kubernetes accepts for custom resources, applied to a plain JSON object."""

from __future__ import annotations

import copy
from typing import Any

from .statuses import KubeError

__all__ = ["APPLY_PATCH", "JSON_PATCH", "MERGE_PATCH", "apply_patch", "merge_patch"]

JSON_PATCH = "application/json-patch+json"
MERGE_PATCH = "application/merge-patch+json"
APPLY_PATCH = "application/apply-patch+yaml"


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386: objects merge key by key, `null` removes, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged


def apply_patch(current: dict[str, Any], media_type: str, patch: Any) -> dict[str, Any]:
    """The object `patch` makes of `current`; raises 400/422 `KubeError`s as the API server does."""
    # Imported on first use: they are a third of the engine's import time, and most runs never patch.
    import jsonpatch  # noqa: PLC0415
    import jsonpointer  # noqa: PLC0415
    import yaml  # noqa: PLC0415

    if media_type == JSON_PATCH:
        try:
            patched = jsonpatch.apply_patch(current, patch)
        except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException) as exc:
            raise KubeError(422, "Invalid", f"the JSON patch cannot be applied: {exc}") from None
    elif media_type == MERGE_PATCH:
        patched = merge_patch(current, patch)
    elif media_type == APPLY_PATCH:
        # An approximation of server-side apply: the manifest's fields are merged in, without field
        # ownership (the mock keeps no managedFields).
        text = patch.decode("utf-8", "replace") if isinstance(patch, bytes) else str(patch)
        try:
            manifest = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise KubeError.bad_request(f"error decoding YAML: {exc}") from None
        if not isinstance(manifest, dict):
            raise KubeError.bad_request("the apply patch must be a YAML mapping (an object manifest)")
        _check_manifest(manifest, str(current.get("apiVersion", "")))
        patched = merge_patch(current, manifest)
    else:
        raise KubeError(415, "UnsupportedMediaType", f"the patch type {media_type!r} is not supported")
    if not isinstance(patched, dict):
        raise KubeError(422, "Invalid", "the patched object is not an object")
    return patched


def _check_manifest(manifest: dict[str, Any], group_version: str) -> None:
    """What the API server's field manager refuses of an apply patch before applying it (400s): a
    manifest of another (or no) `apiVersion` than the object's, and one carrying `managedFields`."""
    if manifest.get("apiVersion") != group_version:
        raise KubeError.bad_request(
            "Incorrect version specified in apply patch. Specified patch version:"
            f" {manifest.get('apiVersion') or ''}, expected: {group_version}"
        )
    metadata = manifest.get("metadata")
    if isinstance(metadata, dict) and metadata.get("managedFields") is not None:
        raise KubeError.bad_request("metadata.managedFields must be nil")
