"""What a request asks for, read from its path the way the service reads it.

Segments pair up as (plural key, name) from the root; what follows the last resource is a keyword
(`permissions`, `scopes`, `attributes`) or an action. Both the behaviour (requests a spec operation
matches) and the unmatched hook (requests none matches) use this one reading.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .resource_types import ResourceType, child_type
from .tree import ROOT, ResourcePath, type_of

__all__ = ["Intent", "Op", "read_intent"]


class Op(enum.Enum):
    LIST = "list"
    CREATE = "create"
    CHECK = "check"
    DELETE = "delete"
    SCOPES = "scopes"
    LIST_PERMISSIONS = "list permissions"
    GET_PERMISSION = "get permission"
    PUT_PERMISSION = "put permission"
    DELETE_PERMISSION = "delete permission"
    GET_ATTRIBUTES = "get attributes"
    PATCH_ATTRIBUTES = "patch attributes"
    PUT_ATTRIBUTE = "put attribute"
    DELETE_ATTRIBUTE = "delete attribute"
    ACTION = "action"
    # Requests no spec operation describes, with the service's own answers:
    CREATE_UNKNOWN_TYPE = "create unknown type"  # PUT R/{key}/{name}, key not a child type of R: 400
    NOT_FOUND = "not found"  # POST R, GET or PATCH R/attributes/{a}: 404


@dataclass(frozen=True)
class Intent:
    op: Op
    resource: ResourcePath  # the resource acted on (for LIST, CREATE_UNKNOWN_TYPE: the parent)
    child: ResourceType | None = None  # LIST: the type listed
    name: str = ""  # permission or attribute name, action, or the unknown key


_RESOURCE_OPS = {"GET": Op.CHECK, "DELETE": Op.DELETE, "PUT": Op.CREATE, "POST": Op.NOT_FOUND}
_PERMISSION_OPS = {"GET": Op.GET_PERMISSION, "PUT": Op.PUT_PERMISSION, "DELETE": Op.DELETE_PERMISSION}
_ATTRIBUTES_OPS = {"GET": Op.GET_ATTRIBUTES, "PATCH": Op.PATCH_ATTRIBUTES}
_ATTRIBUTE_OPS = {
    "PUT": Op.PUT_ATTRIBUTE,
    "DELETE": Op.DELETE_ATTRIBUTE,
    "GET": Op.NOT_FOUND,
    "PATCH": Op.NOT_FOUND,
}


def read_intent(method: str, segments: list[str]) -> Intent | None:
    """The intent of `method` on the (decoded, segment-rule checked) path; None where the service's
    answer is not known, so the mock keeps its generic 404/405."""
    method = "GET" if method == "HEAD" else method
    path: ResourcePath = ROOT
    index = 0
    while index < len(segments):
        key = segments[index]
        name = segments[index + 1] if index + 1 < len(segments) else None
        last = index + 2 >= len(segments)
        kind = child_type(type_of(path), key)
        if kind is not None:
            if name is None:
                return Intent(Op.LIST, path, child=kind) if method == "GET" else None
            path = (*path, (kind.name, name))
            if last:
                op = _RESOURCE_OPS.get(method)
                return Intent(op, path) if op is not None else None
            index += 2
            continue
        return _keyword_intent(method, path, key, name, last)
    return None  # the root itself


def _keyword_intent(method: str, path: ResourcePath, key: str, name: str | None, last: bool) -> Intent | None:
    if not last:
        return None
    if path == ROOT:
        # The realm has no permissions, scopes, attributes or actions; PUT /{key}/{name} is a create.
        return Intent(Op.CREATE_UNKNOWN_TYPE, path, name=key) if method == "PUT" and name else None
    if key == "permissions":
        if name is None:
            return Intent(Op.LIST_PERMISSIONS, path) if method == "GET" else None
        op = _PERMISSION_OPS.get(method)
        return Intent(op, path, name=name) if op is not None else None
    if key == "scopes":
        return Intent(Op.SCOPES, path) if method == "GET" and name is None else None
    if key == "attributes":
        op = (_ATTRIBUTES_OPS if name is None else _ATTRIBUTE_OPS).get(method)
        return Intent(op, path, name=name or "") if op is not None else None
    if name is None:
        return Intent(Op.ACTION, path, name=key) if method == "POST" else None
    return Intent(Op.CREATE_UNKNOWN_TYPE, path, name=key) if method == "PUT" else None
