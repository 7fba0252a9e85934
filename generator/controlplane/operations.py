"""The paths of one kind, as a Kubernetes API server serves a resource: list (and watch), create and
delete collection on the collection; read, replace, patch and delete on one object; the same three on
`/status` where the kind has that subresource; and, for namespaced kinds, the list across namespaces."""

from __future__ import annotations

from typing import Any

from .table import Group, Kind

__all__ = ["kind_paths", "operation_id"]

_SCHEMAS = "#/components/schemas/"
_PARAMETERS = "#/components/parameters/"
_RESPONSES = "#/components/responses/"

_LIST_PARAMETERS = (
    "allowWatchBookmarks",
    "continue",
    "fieldSelector",
    "labelSelector",
    "limit",
    "resourceVersion",
    "resourceVersionMatch",
    "sendInitialEvents",
    "timeoutSeconds",
    "watch",
)
_DELETE_COLLECTION_PARAMETERS = (
    "continue",
    "dryRun",
    "fieldSelector",
    "gracePeriodSeconds",
    "ignoreStoreReadErrorWithClusterBreakingPotential",
    "labelSelector",
    "limit",
    "orphanDependents",
    "propagationPolicy",
    "resourceVersion",
    "resourceVersionMatch",
    "sendInitialEvents",
    "timeoutSeconds",
)
_WRITE_PARAMETERS = ("dryRun", "fieldManager", "fieldValidation")
_DELETE_PARAMETERS = (
    "dryRun",
    "gracePeriodSeconds",
    "ignoreStoreReadErrorWithClusterBreakingPotential",
    "orphanDependents",
    "propagationPolicy",
)


def operation_id(verb: str, kind: Kind, suffix: str = "") -> str:
    """`createWorkload`, `listWorkloads`, `deleteWorkloadCollection`, `readWorkloadStatus`."""
    return f"{verb}{kind.kind}{suffix}"


def _refs(names: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"$ref": _PARAMETERS + name} for name in names]


def _errors(*codes: str) -> dict[str, Any]:
    names = {
        "400": "BadRequest",
        "403": "Forbidden",
        "404": "NotFound",
        "409": "Conflict",
        "410": "Expired",
        "415": "UnsupportedMediaType",
        "422": "Invalid",
    }
    return {code: {"$ref": _RESPONSES + names[code]} for code in codes}


def _operation(
    group: Group, kind: Kind, op_id: str, doc_name: str, *, summary: str, action: str
) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "x-doc-name": doc_name,
        "tags": [kind.plural],
        "summary": summary,
        "x-kubernetes-action": action,
        "x-kubernetes-group-version-kind": {
            "group": group.group,
            "kind": kind.kind,
            "version": group.version,
        },
    }


def _k8s_name(group: Group, verb: str, kind: Kind, scoped: str = "", suffix: str = "") -> str:
    """The operationId Kubernetes itself publishes (`listComputeDatumapisComV1alphaNamespacedWorkload`)."""
    words = [part for part in group.group.replace("-", ".").split(".") if part]
    camel = "".join(word[:1].upper() + word[1:] for word in [*words, group.version]) or "CoreV1"
    if not group.group:
        camel = "Core" + group.version[:1].upper() + group.version[1:]
    return f"{verb}{camel}{scoped}{kind.kind}{suffix}"


def _list(group: Group, kind: Kind, *, all_namespaces: bool) -> dict[str, Any]:
    scope = "Namespaced" if kind.namespaced and not all_namespaces else ""
    where = " in every namespace" if all_namespaces else ""
    op = _operation(
        group,
        kind,
        f"list{kind.kinds}{'ForAllNamespaces' if all_namespaces else ''}",
        _k8s_name(group, "list", kind, scope, "ForAllNamespaces" if all_namespaces else ""),
        summary=f"List or watch {kind.plural}{where}",
        action="list",
    )
    op["description"] = (
        f"List the {kind.plural}{where}, sorted by name, one page of `limit` at a time (follow "
        "`metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of "
        "newline-delimited `WatchEvent` objects, one per change."
    )
    op["parameters"] = _refs(_LIST_PARAMETERS)
    op["responses"] = {
        "200": {
            "description": f"The {kind.plural} (one page of them), or with `watch=true` a stream of"
            " change events.",
            "content": {
                "application/json": {"schema": {"$ref": f"{_SCHEMAS}{kind.kind}List"}},
                "application/x-ndjson": {"schema": {"$ref": _SCHEMAS + "WatchEvent"}},
            },
        },
        **_errors("400", "403", "410"),
    }
    return op


def _create(group: Group, kind: Kind) -> dict[str, Any]:
    scope = "Namespaced" if kind.namespaced else ""
    op = _operation(
        group,
        kind,
        operation_id("create", kind),
        _k8s_name(group, "create", kind, scope),
        summary=f"Create a {kind.singular}",
        action="post",
    )
    op["description"] = (
        f"Create a {kind.kind} named `metadata.name`, or `metadata.generateName` followed by a random "
        "five-character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object "
        "answers 422 `Invalid` with one cause per invalid field"
        + ("; a namespace that does not exist answers 404 `NotFound`." if kind.namespaced else ".")
    )
    op["parameters"] = _refs(_WRITE_PARAMETERS)
    op["requestBody"] = {"$ref": f"#/components/requestBodies/{kind.kind}"}
    created = {"$ref": f"{_RESPONSES}{kind.kind}Created"}
    errors = (
        ("400", "403", "404", "409", "415", "422") if kind.namespaced else ("400", "403", "409", "415", "422")
    )
    op["responses"] = {"200": created, "201": created, "202": created, **_errors(*errors)}
    return op


def _delete_collection(group: Group, kind: Kind) -> dict[str, Any]:
    scope = "Namespaced" if kind.namespaced else ""
    op = _operation(
        group,
        kind,
        operation_id("delete", kind, "Collection"),
        _k8s_name(group, "delete", kind, f"Collection{scope}"),
        summary=f"Delete a collection of {kind.plural}",
        action="deletecollection",
    )
    op["description"] = (
        f"Delete every {kind.singular} the selectors match. Answers a `Status` with `status: Success`."
    )
    op["parameters"] = _refs(_DELETE_COLLECTION_PARAMETERS)
    op["requestBody"] = {"$ref": "#/components/requestBodies/DeleteOptions"}
    op["responses"] = {
        "200": {"$ref": _RESPONSES + "DeletedCollection"},
        **_errors("400", "403", "410", "415"),
    }
    return op


def _object_operations(group: Group, kind: Kind, *, status: bool) -> dict[str, Any]:
    scope = "Namespaced" if kind.namespaced else ""
    suffix = "Status" if status else ""
    what = f"a {kind.singular}'s status" if status else f"a {kind.singular}"
    body = {"$ref": f"#/components/requestBodies/{kind.kind}"}
    answer = {"$ref": f"{_RESPONSES}{kind.kind}"}
    read = _operation(
        group,
        kind,
        operation_id("read", kind, suffix),
        _k8s_name(group, "read", kind, scope, suffix),
        summary=f"Read {what}",
        action="get",
    )
    read["parameters"] = _refs(("resourceVersion",))
    read["responses"] = {"200": answer, **_errors("400", "403", "404")}
    replace = _operation(
        group,
        kind,
        operation_id("replace", kind, suffix),
        _k8s_name(group, "replace", kind, scope, suffix),
        summary=f"Replace {what}",
        action="put",
    )
    replace["description"] = (
        "Replace the status; metadata and spec are left as they are."
        if status
        else "Replace the metadata and spec (the status is left as it is). With"
        " `metadata.resourceVersion` set, "
        "the write succeeds only if the object has not changed since (409 `Conflict` otherwise)."
    )
    replace["parameters"] = _refs(_WRITE_PARAMETERS)
    replace["requestBody"] = body
    replace["responses"] = {"200": answer, "201": answer, **_errors("400", "403", "404", "409", "415", "422")}
    patch = _operation(
        group,
        kind,
        operation_id("patch", kind, suffix),
        _k8s_name(group, "patch", kind, scope, suffix),
        summary=f"Patch {what}",
        action="patch",
    )
    patch["description"] = (
        "Partially update the status; changes to anything else are ignored."
        if status
        else "Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch"
        " (RFC 7386) "
        "or an apply patch. Changes to `status` are ignored here; use the status subresource."
    )
    patch["parameters"] = _refs((*_WRITE_PARAMETERS, "force"))
    patch["requestBody"] = {"$ref": f"#/components/requestBodies/{kind.kind}Patch"}
    patch["responses"] = {"200": answer, "201": answer, **_errors("400", "403", "404", "409", "415", "422")}
    operations: dict[str, Any] = {"get": read, "put": replace, "patch": patch}
    if not status:
        delete = _operation(
            group,
            kind,
            operation_id("delete", kind),
            _k8s_name(group, "delete", kind, scope),
            summary=f"Delete a {kind.singular}",
            action="delete",
        )
        delete["description"] = (
            "Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage "
            "collected unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is "
            "only marked deleting and the answer is the object; 202 instead of 200 when"
            " `orphanDependents` is false."
        )
        delete["parameters"] = _refs(_DELETE_PARAMETERS)
        delete["requestBody"] = {"$ref": "#/components/requestBodies/DeleteOptions"}
        delete["responses"] = {
            "200": {"$ref": f"{_RESPONSES}{kind.kind}Deleted"},
            "202": {"$ref": f"{_RESPONSES}{kind.kind}Deleted"},
            **_errors("400", "403", "404", "409", "415"),
        }
        operations["delete"] = delete
    return operations


def _name_parameter(kind: Kind) -> dict[str, Any]:
    return {
        "name": "name",
        "in": "path",
        "required": True,
        "description": f"Name of the {kind.singular}.",
        "schema": {"$ref": _SCHEMAS + "ObjectName"},
        "example": kind.example["metadata"]["name"],
    }


def kind_paths(group: Group, kind: Kind) -> dict[str, Any]:
    """The path items of `kind`, collection first."""
    scoped = f"{group.api_path}/namespaces/{{namespace}}" if kind.namespaced else group.api_path
    common: list[dict[str, Any]] = [{"$ref": _PARAMETERS + "pretty"}]
    if kind.namespaced:
        common.insert(0, {"$ref": _PARAMETERS + "namespace"})
    collection = f"{scoped}/{kind.plural}"
    named = [_name_parameter(kind), *common]
    paths: dict[str, Any] = {
        collection: {
            "parameters": common,
            "get": _list(group, kind, all_namespaces=False),
            "post": _create(group, kind),
            "delete": _delete_collection(group, kind),
        },
        f"{collection}/{{name}}": {"parameters": named, **_object_operations(group, kind, status=False)},
    }
    if kind.status:
        paths[f"{collection}/{{name}}/status"] = {
            "parameters": named,
            **_object_operations(group, kind, status=True),
        }
    if kind.namespaced:
        paths[f"{group.api_path}/{kind.plural}"] = {
            "parameters": [{"$ref": _PARAMETERS + "pretty"}],
            "get": _list(group, kind, all_namespaces=True),
        }
    return paths
