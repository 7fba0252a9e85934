"""One group version's OpenAPI document: info, servers, tags, the kinds' paths, and the components
they share with the organization control plane's spec (`specs/datum/openapi.yaml`)."""

from __future__ import annotations

import copy
from typing import Any

from .operations import kind_paths
from .schemas import kind_components
from .table import Group, Kind

__all__ = ["build_document"]

_PCP_SERVER = {
    "url": "https://api.datum.net/apis/resourcemanager.datumapis.com/v1alpha/projects/{project_id}"
    "/control-plane",
    "description": "Project control plane; manages the resources that make up one of the organization's"
    " projects.",
    "variables": {
        "project_id": {
            "default": "my-project",
            "description": "The project's name (`metadata.name` of the Project).",
        }
    },
}
# What every document takes from the organization control plane's spec, unchanged.
_SHARED_PARAMETERS = (
    "pretty", "allowWatchBookmarks", "continue", "fieldSelector", "labelSelector", "limit",
    "resourceVersion", "resourceVersionMatch", "sendInitialEvents", "timeoutSeconds", "watch",
    "dryRun", "fieldManager", "fieldValidation", "force", "gracePeriodSeconds",
    "ignoreStoreReadErrorWithClusterBreakingPotential", "orphanDependents", "propagationPolicy",
)  # fmt: skip
_SHARED_RESPONSES = ("BadRequest", "Forbidden", "Expired", "UnsupportedMediaType")
_SHARED_SCHEMAS = (
    "Condition", "ObjectMeta", "ListMeta", "ManagedFieldsEntry", "OwnerReference", "Status",
    "StatusDetails", "StatusCause", "DeleteOptions", "Preconditions", "JsonPatch", "JsonPatchOperation",
    "MergePatch", "WatchEvent",
)  # fmt: skip
_NAME_PATTERN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
_UID = "6d0c9a5e-3b1f-4c2a-8e7d-9f1a2b3c4d5e"
_PRINTER_COLUMNS_NOTE = (
    "Each kind's schema carries `x-kubernetes-group-version-kind`, and `x-printer-columns` where the "
    "kind defines the columns `kubectl get` prints (name, type, JSONPath into the object, and priority: "
    "0 or absent in the default view, 1 only with `-o wide`)."
)


def _status(reason: str, code: int, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "apiVersion": "v1",
        "kind": "Status",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
    }
    if details is not None:
        answer["details"] = details
    answer["code"] = code
    return answer


def _status_response(description: str, example: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Status"}, "example": example}
        },
    }


def _object(group: Group, kind: Kind) -> dict[str, Any]:
    """The table's example as the server answers it: apiVersion, kind and server-set metadata."""
    example = copy.deepcopy(kind.example)
    metadata = example.setdefault("metadata", {})
    if kind.namespaced:
        metadata["namespace"] = "default"
    metadata.update(
        {"uid": _UID, "resourceVersion": "42", "generation": 1, "creationTimestamp": "2025-03-10T10:00:00Z"}
    )
    return {"apiVersion": group.group_version, "kind": kind.kind, **example}


def _request(group: Group, kind: Kind) -> dict[str, Any]:
    return {"apiVersion": group.group_version, "kind": kind.kind, **copy.deepcopy(kind.example)}


def _kind_bodies(group: Group, kind: Kind) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request bodies and responses of one kind."""
    schema = {"$ref": f"#/components/schemas/{kind.kind}"}
    name = kind.example["metadata"]["name"]
    bodies = {
        kind.kind: {
            "required": True,
            "content": {"application/json": {"schema": schema, "example": _request(group, kind)}},
        },
        f"{kind.kind}Patch": {
            "required": True,
            "description": "A patch in one of three forms: a JSON patch (list of operations), a JSON merge"
            f" patch (a partial {kind.kind}), or an apply patch (the fields the caller manages, as YAML).",
            "content": {
                "application/json-patch+json": {
                    "schema": {"$ref": "#/components/schemas/JsonPatch"},
                    "example": [
                        {"op": "add", "path": "/metadata/labels", "value": {"environment": "production"}}
                    ],
                },
                "application/merge-patch+json": {
                    "schema": {"$ref": "#/components/schemas/MergePatch"},
                    "example": {"metadata": {"labels": {"environment": "production"}}},
                },
                "application/apply-patch+yaml": {
                    "schema": {
                        "type": "string",
                        "description": f"A {kind.kind} manifest in YAML holding the fields the caller"
                        " manages.",
                    },
                    "example": f"apiVersion: {group.group_version}\nkind: {kind.kind}\nmetadata:\n"
                    f"  name: {name}\n  labels:\n    environment: production\n",
                },
            },
        },
    }
    content = {"application/json": {"schema": schema, "example": _object(group, kind)}}
    responses = {
        f"{kind.kind}Deleted": _deleted(group, kind),
        kind.kind: {"description": f"The {kind.singular}.", "content": content},
        f"{kind.kind}Created": {
            "description": f"The created {kind.singular}.",
            "content": content,
            "links": _created_links(kind),
        },
    }
    return bodies, responses


def _created_links(kind: Kind) -> dict[str, Any]:
    """From a create's answer to the operations on what it made: its name (and namespace) in the
    URL; a replace sends the object back whole, since the API server requires the body to name the
    object the URL names (400 otherwise), as the Datum spec's links for Projects do."""
    keys = {"name": "$response.body#/metadata/name"}
    if kind.namespaced:
        keys["namespace"] = "$response.body#/metadata/namespace"
    suffixes = ("", "Status") if kind.status else ("",)
    links: dict[str, Any] = {}
    for suffix in suffixes:
        for verb in ("read", "replace", "patch", "delete"):
            if verb == "delete" and suffix:
                continue
            target = f"{verb}{kind.kind}{suffix}"
            link: dict[str, Any] = {"operationId": target, "parameters": dict(keys)}
            if verb == "replace":
                where = " to its status subresource" if suffix else " whole"
                link = {
                    "operationId": target,
                    "description": f"The {kind.singular} as created, sent back{where} (body and URL name"
                    " the same object, as the API server requires).",
                    "parameters": dict(keys),
                    "requestBody": "$response.body",
                    "x-schemathesis": {"merge_body": False},
                }
            links[target] = link
    return links


def _deleted(group: Group, kind: Kind) -> dict[str, Any]:
    """A delete's answer, in the two shapes the API server's registry gives it."""
    gone = {
        "apiVersion": "v1",
        "kind": "Status",
        "metadata": {},
        "status": "Success",
        "details": {
            "name": kind.example["metadata"]["name"],
            "group": group.group,
            "kind": kind.plural,
            "uid": _UID,
        },
    }
    deleting = _object(group, kind)
    deleting["metadata"].update(
        generation=2,
        finalizers=["example.com/cleanup"],
        deletionTimestamp="2025-03-10T11:00:00Z",
        deletionGracePeriodSeconds=0,
    )
    # The kind first: its `kind` enum tells the two apart, so a client's union tries it first.
    schemas = [{"$ref": f"#/components/schemas/{kind.kind}"}, {"$ref": "#/components/schemas/Status"}]
    return {
        "description": f"A `Status` of success when the {kind.singular} is gone at once; the"
        f" {kind.singular} itself, marked with `metadata.deletionTimestamp`, while finalizers hold it"
        " (those it had, `foregroundDeletion` for a Foreground delete, `orphan` for an Orphan one)"
        + (", and always for a Namespace." if (group.group, kind.kind) == ("", "Namespace") else "."),
        "content": {
            "application/json": {
                "schema": {"anyOf": schemas},
                "examples": {
                    "deleted": {"summary": "Deleted at once", "value": gone},
                    "deleting": {"summary": "Marked deleting while a finalizer holds it", "value": deleting},
                },
            }
        },
    }


def _generic_responses(group: Group) -> dict[str, Any]:
    first = group.kinds[0]
    name = first.example["metadata"]["name"]
    resource = f"{first.plural}.{group.group}" if group.group else first.plural
    details = {"name": name, "group": group.group, "kind": first.plural}
    return {
        "NotFound": _status_response(
            "The object does not exist.", _status("NotFound", 404, f'{resource} "{name}" not found', details)
        ),
        "Conflict": _status_response(
            "The name is taken (`AlreadyExists`), or the object changed since the"
            " `metadata.resourceVersion` sent (`Conflict`).",
            _status("AlreadyExists", 409, f'{resource} "{name}" already exists', details),
        ),
        "Invalid": _status_response(
            "The object is invalid; `details.causes` names each invalid field.",
            _status(
                "Invalid",
                422,
                f'{first.kind}.{group.group or "core"} "{name}" is invalid: metadata.name: Required value',
                {
                    **details,
                    "kind": first.kind,
                    "causes": [
                        {
                            "reason": "FieldValueRequired",
                            "message": "Required value",
                            "field": "metadata.name",
                        }
                    ],
                },
            ),
        ),
        "DeletedCollection": _status_response(
            "The selected objects were deleted.",
            {
                "apiVersion": "v1",
                "kind": "Status",
                "metadata": {},
                "status": "Success",
                "details": {"group": group.group, "kind": first.plural},
            },
        ),
    }


def _shared(organization: dict[str, Any], section: str, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: copy.deepcopy(organization["components"][section][name]) for name in names}


def _meta_schemas(organization: dict[str, Any]) -> dict[str, Any]:
    schemas = _shared(organization, "schemas", _SHARED_SCHEMAS)
    meta = schemas["ObjectMeta"]["properties"]
    meta["labels"]["description"] = (
        "Map of string keys and values that can be used to organize and categorize (scope and select)"
        " objects."
    )
    meta["namespace"]["description"] = (
        "Namespace defines the space within which each name must be unique; empty for cluster-scoped kinds "
        "(Namespace, GatewayClass). Defaults to the namespace of the request's path."
    )
    schemas["WatchEvent"]["properties"]["object"]["description"] = (
        "The object as of the event; for `BOOKMARK` only its `metadata.resourceVersion`; for `ERROR`"
        " a `Status`."
    )
    schemas["ObjectName"] = {"type": "string", "maxLength": 253, "pattern": _NAME_PATTERN}
    return schemas


def build_document(group: Group, published: dict[str, Any], organization: dict[str, Any]) -> dict[str, Any]:
    """The document of `group`, from its published components and the organization spec's shared parts."""
    paths: dict[str, Any] = {}
    bodies: dict[str, Any] = {
        "DeleteOptions": copy.deepcopy(organization["components"]["requestBodies"]["DeleteOptions"])
    }
    responses = {**_shared(organization, "responses", _SHARED_RESPONSES), **_generic_responses(group)}
    for kind in group.kinds:
        paths.update(kind_paths(group, kind))
        kind_bodies, kind_responses = _kind_bodies(group, kind)
        bodies.update(kind_bodies)
        responses.update(kind_responses)
    parameters = _shared(organization, "parameters", _SHARED_PARAMETERS)
    parameters["namespace"] = {
        "name": "namespace",
        "in": "path",
        "required": True,
        "description": "The namespace of the objects; project control planes have `default`.",
        "schema": {"$ref": "#/components/schemas/ObjectName"},
        "example": "default",
    }
    parameters["labelSelector"]["description"] = parameters["labelSelector"]["description"].split(
        " The organization"
    )[0]
    schemas = {**kind_components(published, group), **_meta_schemas(organization)}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"Datum Cloud project control plane: {group.group_version}",
            "version": group.version,
            "summary": f"The {group.group_version} API of a Datum Cloud project control plane.",
            "description": f"{group.description}\n\nServed by every project control plane at"
            f" `{group.api_path}`, "
            f"its document at `/openapi/v3/{group.discovery_key}`. {_PRINTER_COLUMNS_NOTE}\n",
            "license": copy.deepcopy(organization["info"]["license"]),
        },
        "servers": [copy.deepcopy(_PCP_SERVER)],
        "security": [{"bearerAuth": []}],
        "x-mock": {"engine": "kubernetes"},
        "tags": [
            {"name": kind.plural, "description": f"{kind.description} ({_made_by(kind)})"}
            for kind in group.kinds
        ],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearerAuth": copy.deepcopy(organization["components"]["securitySchemes"]["bearerAuth"])
            },
            "parameters": parameters,
            "requestBodies": bodies,
            "responses": responses,
            "schemas": schemas,
        },
    }


def _made_by(kind: Kind) -> str:
    scope = "namespaced" if kind.namespaced else "cluster-scoped"
    maker = "users create them" if kind.made_by == "users" else "made by the platform"
    return f"{scope}; {maker}"
