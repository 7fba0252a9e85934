"""Seeding project control planes (`POST /__mock/seed`, `--seed-data`): objects of any kind the group
documents serve, under `projects/<project>/control-plane`.

```yaml
datum:
  projects:
    - {metadata: {name: apollo}, spec: {parent: {external: organizations/acme}}}
  projects/apollo/control-plane:
    - apiVersion: networking.datumapis.com/v1alpha
      kind: Network
      metadata: {name: default, namespace: default}
      spec: {ipam: {mode: Auto}}
```

The project must exist or be seeded in the same document. Each object is checked as a create checks
it (a 400 names the first bad one and its causes); a namespace it names is created when missing; an
object seeded under a name that exists is replaced (same uid; unchanged, it is left alone); the
platform reacts to seeded objects as to created ones (a seeded Workload gets its deployments).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ...errors import MockError
from ..kubernetes import KubeError
from ..kubernetes.kinds import Kind
from ..kubernetes.objects import ObjectHandlers
from ..kubernetes.world import NAMESPACES
from .project_planes import ProjectPlanes

__all__ = ["plan_plane_seed"]

# Fields a stored object has that a seed entry does not say: ignored when comparing the two.
_SERVER_METADATA = ("uid", "creationTimestamp", "generation", "resourceVersion", "namespace")


def _bad(where: str, detail: str) -> MockError:
    return MockError(400, f"{where}: {detail}", "INVALID_BODY")


def _kinds(planes: ProjectPlanes) -> dict[tuple[str, str], tuple[Kind, ObjectHandlers]]:
    """Every kind the documents serve, by (apiVersion, kind)."""
    found = {}
    for document in planes.documents:
        behaviour = planes.behaviour(document)
        for kind, handlers in behaviour.handlers.items():
            found[(kind.api_version, kind.kind)] = (kind, handlers)
    return found


def _same(wanted: dict[str, Any], current: dict[str, Any]) -> bool:
    def essence(obj: dict[str, Any]) -> dict[str, Any]:
        metadata = {k: v for k, v in obj["metadata"].items() if k not in _SERVER_METADATA}
        return {
            **{k: v for k, v in obj.items() if k not in ("apiVersion", "kind", "status")},
            "metadata": metadata,
        }

    return essence(wanted) == essence(current)


def plan_plane_seed(
    planes: ProjectPlanes, where: str, project: str, entries: Any, seeded_projects: set[str]
) -> Callable[[], list[str]]:
    """Check every entry now; the returned step stores them (after the projects are stored)."""
    if not isinstance(entries, list):
        raise _bad(where, "expected a list of objects (apiVersion, kind, metadata, ...)")
    if project not in seeded_projects and planes.project(project) is None:
        raise _bad(where, f"project {project!r} does not exist and is not seeded here")
    kinds = _kinds(planes)
    planned: list[tuple[Kind, dict[str, Any]]] = []
    names: list[str] = []
    for index, entry in enumerate(entries):
        at = f"{where}[{index}]"
        if not isinstance(entry, dict):
            raise _bad(at, "expected an object")
        found = kinds.get((str(entry.get("apiVersion")), str(entry.get("kind"))))
        if found is None:
            known = ", ".join(sorted(f"{a} {k}" for a, k in kinds))
            raise _bad(
                at, f"no served kind is {entry.get('apiVersion')} {entry.get('kind')} (served: {known})"
            )
        kind, handlers = found
        metadata = entry.get("metadata")
        name = metadata.get("name") if isinstance(metadata, dict) else None
        if not isinstance(name, str) or not name:
            raise _bad(at, "metadata.name is required")
        at = f"{at} ({kind.kind} {name})"
        try:
            defaulted = handlers.rules.defaulted(entry)  # defaults first, as a create's are
            handlers.rules.validator.check(defaulted, name)
            obj = handlers.rules.prune(defaulted)
        except KubeError as error:
            causes = error.status.get("details", {}).get("causes", [])
            detail = "; ".join(f"{c.get('field')}: {c.get('message')}" for c in causes)
            raise _bad(at, detail or str(error)) from None
        if kind.namespaced:
            obj["metadata"]["namespace"] = str(obj["metadata"].get("namespace") or "default")
        planned.append((kind, obj))
        names.append(f"{kind.kind}/{name}")

    def commit() -> list[str]:
        world = planes.world(project)
        for kind, obj in planned:
            namespace = obj["metadata"].get("namespace", "")
            if kind.namespaced and world.get(NAMESPACES, "", namespace) is None:
                world.create(
                    NAMESPACES, {"metadata": {"name": namespace}, "spec": {}, "status": {"phase": "Active"}}
                )
            current = world.get(kind, namespace, obj["metadata"]["name"])
            if current is None:
                world.create(kind, copy.deepcopy(obj))
            elif not _same(obj, current):
                kept = {k: current["metadata"][k] for k in _SERVER_METADATA if k in current["metadata"]}
                replaced = {
                    **obj,
                    "status": current.get("status", {}),
                    "metadata": {**obj["metadata"], **kept},
                }
                replaced["metadata"]["generation"] = int(kept.get("generation", 1)) + 1
                world.update(kind, world.admitted(kind, replaced))
        return names

    return commit
