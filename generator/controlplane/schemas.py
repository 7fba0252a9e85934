"""A kind's published schema (Kubernetes' `/openapi/v3` component) turned into our components.

The published documents name components after Go packages (`com.datumapis.compute.v1alpha.Workload`)
and repeat the object metadata, the condition shape and long boilerplate in every kind. Ours name
them after what they are (`Workload`, `WorkloadSpec`, `WorkloadStatus`, `WorkloadList`), point the
metadata at the shared `ObjectMeta`/`ListMeta`, and share one `Condition`.
"""

from __future__ import annotations

import copy
from typing import Any

from .table import Group, Kind

__all__ = ["kind_components"]

_REF_PREFIX = "#/components/schemas/"
# Published components that are plain JSON types in ours.
_INLINE = {
    "io.k8s.apimachinery.pkg.apis.meta.v1.Time": {"type": "string", "format": "date-time"},
    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": {"type": "string", "format": "date-time"},
    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": {"type": "object"},
}
# The shape of metav1.Condition as CRDs inline it (its description opens with this).
_CONDITION_DESCRIPTION = "Condition contains details for one aspect of the current state"


def _local_name(ref: str) -> str:
    """`#/components/schemas/io.k8s.api.core.v1.NamespaceSpec` -> `NamespaceSpec`."""
    return ref.removeprefix(_REF_PREFIX).rsplit(".", 1)[-1]


class _Converter:
    def __init__(self, published: dict[str, Any], group: Group) -> None:
        self.published = published
        self.group = group
        self.components: dict[str, Any] = {}

    def ref(self, ref: str) -> dict[str, Any]:
        target = ref.removeprefix(_REF_PREFIX)
        if target in _INLINE:
            return dict(_INLINE[target])
        name = _local_name(ref)
        key = target.replace(".", "_")
        if name not in self.components and key in self.published and not key.endswith(_SHARED_SUFFIXES):
            self.components[name] = {}  # reserve first: the schema may refer to itself
            self.components[name] = self.node(self.published[key])
        return {"$ref": _REF_PREFIX + name}

    def node(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.node(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return self.ref(node["$ref"])
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and "$ref" in all_of[0]:
            # `{description, allOf: [{$ref}]}` is how Kubernetes documents a referenced field.
            return self.ref(all_of[0]["$ref"])
        if str(node.get("description", "")).startswith(_CONDITION_DESCRIPTION):
            return {"$ref": _REF_PREFIX + "Condition"}
        return {key: self.node(value) for key, value in node.items()}


_SHARED_SUFFIXES = (
    "meta_v1_ObjectMeta",
    "meta_v1_ListMeta",
    "meta_v1_Status",
    "meta_v1_DeleteOptions",
    "meta_v1_OwnerReference",
    "meta_v1_ManagedFieldsEntry",
)


def _hoist(converter: _Converter, schema: dict[str, Any], kind: Kind, part: str) -> None:
    """Move `spec`/`status` of a kind into components of their own (`WorkloadSpec`)."""
    properties = schema.get("properties", {})
    inner = properties.get(part)
    if isinstance(inner, dict) and "$ref" not in inner and inner.get("type") == "object":
        name = f"{kind.kind}{part.capitalize()}"
        converter.components[name] = inner
        properties[part] = {"$ref": _REF_PREFIX + name}


def _identify(schema: dict[str, Any], group: Group, kind: Kind) -> None:
    """What the API server insists on, said in the schema: `metadata` (a name or a generateName) is
    required, and `apiVersion` and `kind` can only be this kind's (a body may leave them out)."""
    schema["required"] = ["metadata", *[name for name in schema.get("required", []) if name != "metadata"]]
    properties = schema.setdefault("properties", {})
    for field, value in (("apiVersion", group.group_version), ("kind", kind.kind)):
        properties[field] = {
            "description": f"Always `{value}`; a body sent may leave it out.",
            "type": "string",
            "enum": [value],
        }


def _gvk(group: Group, kind: str) -> list[dict[str, str]]:
    return [{"group": group.group, "kind": kind, "version": group.version}]


def kind_components(published: dict[str, Any], group: Group) -> dict[str, Any]:
    """Our components for every kind of `group`: the kind, its spec and status, its list, and what
    they refer to, in table order. `published` is the group's published component map."""
    converter = _Converter(published, group)
    for kind in group.kinds:
        raw = copy.deepcopy(published[group.prefix + kind.kind])
        raw.pop("x-kubernetes-selectable-fields", None)
        schema = converter.node(raw)
        schema["description"] = kind.description
        _identify(schema, group, kind)
        schema["x-kubernetes-group-version-kind"] = _gvk(group, kind.kind)
        if kind.printer_columns:
            schema["x-printer-columns"] = [dict(column) for column in kind.printer_columns]
        _hoist(converter, schema, kind, "spec")
        _hoist(converter, schema, kind, "status")
        converter.components[kind.kind] = schema
        converter.components[f"{kind.kind}List"] = _list_schema(group, kind)
    return _ordered(converter.components, group)


def _list_schema(group: Group, kind: Kind) -> dict[str, Any]:
    return {
        "description": f"A list of {kind.plural}, one page of them when paged.",
        "type": "object",
        "required": ["items"],
        "properties": {
            "apiVersion": {"description": "Always the group version.", "type": "string"},
            "kind": {"description": f"Always `{kind.kind}List`.", "type": "string"},
            "metadata": {"$ref": _REF_PREFIX + "ListMeta"},
            "items": {
                "description": f"The {kind.plural}.",
                "type": "array",
                "items": {"$ref": _REF_PREFIX + kind.kind},
            },
        },
        "x-kubernetes-group-version-kind": _gvk(group, f"{kind.kind}List"),
    }


def _ordered(components: dict[str, Any], group: Group) -> dict[str, Any]:
    """Each kind, its list, spec and status first (in table order), then what they refer to by name."""
    first: list[str] = []
    for kind in group.kinds:
        first += [
            n
            for n in (kind.kind, f"{kind.kind}List", f"{kind.kind}Spec", f"{kind.kind}Status")
            if n in components
        ]
    rest = sorted(n for n in components if n not in first)
    return {name: components[name] for name in [*first, *rest]}
