"""The kinds a document serves and what each of its operations does, found from the document itself.

A Kubernetes API server publishes one document per group version; its paths have the API server's
shapes (`/apis/{group}/{version}[/namespaces/{namespace}]/{plural}[/{name}[/status]]`, the core group
under `/api/v1`) and its operations carry `x-kubernetes-group-version-kind`. From those alone come each
kind's plural, scope and subresources, and each operation's verb, so a new kind is a spec change only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...compiler import Api, BodyNeeds
from .statuses import ResourceName

__all__ = ["Kind", "Verb", "body_needs", "kind_schema", "verbs_of"]

_PATH = re.compile(
    r"^/(?:api/(?P<core>v1)|apis/(?P<group>[^/{}]+)/(?P<version>[^/{}]+))"
    r"(?P<namespaced>/namespaces/\{namespace\})?/(?P<plural>[a-z0-9.-]+)"
    r"(?:/\{name\}(?P<status>/status)?)?$"
)
_COLLECTION_VERBS = {"get": "list", "post": "create", "delete": "delete_collection"}
_OBJECT_VERBS = {"get": "read", "put": "replace", "patch": "patch", "delete": "delete"}
_BODY_METHODS = ("post", "put")


@dataclass(frozen=True)
class Kind:
    group: str  # "" for the core group
    version: str
    kind: str
    plural: str
    namespaced: bool

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def resource(self) -> ResourceName:
        return ResourceName(self.group, self.plural, self.kind)

    def prefix(self, namespace: str | None = None) -> str:
        """Where this kind's objects are kept in a world (in one namespace, or all)."""
        head = f"{self.group}/{self.plural}/"
        return head if namespace is None else f"{head}{namespace}/"

    def key(self, namespace: str, name: str) -> str:
        return f"{self.prefix(namespace if self.namespaced else '')}{name}"


@dataclass(frozen=True)
class Verb:
    """What one operation does: a verb on a kind, on a namespaced or a cluster-wide path."""

    kind: Kind
    verb: str  # list, create, delete_collection, read, replace, patch, delete
    namespaced_path: bool


def _shape(path: str) -> re.Match[str] | None:
    return _PATH.match(path)


def _gvk(operation: Mapping[str, Any]) -> tuple[str, str, str] | None:
    gvk = operation.get("x-kubernetes-group-version-kind")
    if not isinstance(gvk, dict) or not gvk.get("kind"):
        return None
    return str(gvk.get("group", "")), str(gvk.get("version", "")), str(gvk["kind"])


def _operations(document: Mapping[str, Any]) -> list[tuple[str, str, Mapping[str, Any], re.Match[str]]]:
    found: list[tuple[str, str, Mapping[str, Any], re.Match[str]]] = []
    for path, item in (document.get("paths") or {}).items():
        shape = _shape(path)
        if shape is None or not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if isinstance(operation, dict) and _gvk(operation) is not None:
                found.append((path, method, operation, shape))
    return found


def verbs_of(api: Api) -> dict[str, Verb]:
    """Each Kubernetes operation of `api` (by operationId) and what it does."""
    operations = _operations(api.document)
    namespaced = {
        (_gvk(op), shape["plural"]) for _, _, op, shape in operations if shape["namespaced"] is not None
    }
    kinds: dict[tuple[str, str], Kind] = {}
    verbs: dict[str, Verb] = {}
    by_route = {(op.path, op.method.lower()): op.operation_id for op in api.operations.values()}
    for path, method, operation, shape in operations:
        gvk = _gvk(operation)
        assert gvk is not None
        plural = shape["plural"]
        kind = kinds.setdefault(
            (gvk[2], plural), Kind(gvk[0], gvk[1], gvk[2], plural, (gvk, plural) in namespaced)
        )
        table = _OBJECT_VERBS if "{name}" in path else _COLLECTION_VERBS
        verb = table.get(method.lower())
        operation_id = by_route.get((path, method.lower()))
        if verb is not None and operation_id is not None:
            verbs[operation_id] = Verb(kind, verb, shape["namespaced"] is not None)
    return verbs


def body_needs(document: Mapping[str, Any]) -> dict[str, BodyNeeds]:
    """Create and replace bodies are the engine's to check: an invalid object is 422 `Invalid` with a
    cause per field, as the API server answers, not the validation stage's 400."""
    return {
        str(operation["operationId"]): BodyNeeds(checked=False)
        for _, method, operation, _ in _operations(document)
        if method in _BODY_METHODS and operation.get("operationId")
    }


def kind_schema(document: Mapping[str, Any], kind: Kind) -> dict[str, Any] | None:
    """The component schema of `kind` (the one whose `x-kubernetes-group-version-kind` names it)."""
    for schema in ((document.get("components") or {}).get("schemas") or {}).values():
        tags = schema.get("x-kubernetes-group-version-kind") if isinstance(schema, dict) else None
        for tag in tags if isinstance(tags, list) else [tags]:
            if isinstance(tag, dict) and (tag.get("group", ""), tag.get("kind")) == (kind.group, kind.kind):
                return dict(schema)
    return None
