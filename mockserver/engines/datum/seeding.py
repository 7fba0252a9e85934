"""Seeding Datum (`POST /__mock/seed`, `--seed-data`): Projects per organization control plane.

```yaml
datum:
  projects:                                 # the default organization (the first server's default)
    - metadata: {name: apollo, labels: {tier: gold}}
      spec: {parent: {external: organizations/acme}}
  organizations/org-two/projects:           # another organization's control plane
    - {metadata: {name: gemini}, spec: {parent: {external: organizations/acme}}}
```

Each project is checked as a create checks it (a 400 names the first bad record and its causes); a
project seeded under a name that exists replaces it (same uid; unchanged, it is left alone, so a
restart with `--state` and `--seed-data` changes nothing). Seeded projects are stored Ready (their
control plane provisioned), with the organization's next resource versions, all in one step.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from ...errors import MockError
from ...store import Change, Put, Record, Store
from ..kubernetes import KubeError, ObjectValidator
from .admission import prune
from .plane_seeding import plan_plane_seed
from .project_planes import ProjectPlanes
from .store import (
    API_VERSION,
    ORGANIZATION_LABEL,
    PROJECTS,
    REVISIONS,
    ProjectStore,
    now_rfc3339,
    set_condition,
)

__all__ = ["SeedTarget", "plan_seed"]

_ORGANIZATION_KEY = re.compile(r"^organizations/(?P<org>[^/]+)/projects$")
_PLANE_KEY = re.compile(r"^projects/(?P<project>[^/]+)/control-plane$")


class SeedTarget(Protocol):
    """What seeding needs of the engine (`DatumBehaviour`)."""

    state: Store
    namespace: str
    validator: ObjectValidator
    project_planes: ProjectPlanes

    @property
    def default_organization(self) -> str: ...

    def project_store(self, organization: str) -> ProjectStore: ...

    def sync(self) -> None: ...


def _bad(where: str, detail: str) -> MockError:
    return MockError(400, f"{where}: {detail}", "INVALID_BODY")


def plan_seed(
    behaviour: SeedTarget, label: str, collections: Mapping[str, Any]
) -> Callable[[], dict[str, list[str]]]:
    behaviour.sync()
    by_organization: dict[str, list[dict[str, Any]]] = {}
    seeded: dict[str, list[str]] = {}
    planes: dict[str, Any] = {}
    for raw_key, entries in collections.items():
        key = str(raw_key)
        matched = _ORGANIZATION_KEY.match(key)
        plane = _PLANE_KEY.match(key)
        if plane is not None:
            planes[key] = (plane["project"], entries)
            continue
        if key == "projects":
            organization = behaviour.default_organization
        elif matched is not None:
            organization = matched["org"]
        else:
            raise _bad(
                f"{label}.{key}",
                "a Datum seed has projects, organizations/<id>/projects or projects/<name>/control-plane",
            )
        if not isinstance(entries, list):
            raise _bad(f"{label}.{key}", "expected a list of Projects")
        existing = behaviour.project_store(organization)
        planned = by_organization.setdefault(organization, [])
        for index, entry in enumerate(entries):
            where = f"{label}.{key}[{index}]"
            metadata = entry.get("metadata") if isinstance(entry, dict) else None
            name = metadata.get("name") if isinstance(metadata, dict) else None
            if not isinstance(name, str) or not name:
                raise _bad(where, "metadata.name is required")
            where = f"{where} ({name})"
            try:
                behaviour.validator.check(entry, name)
            except KubeError as error:
                causes = error.status.get("details", {}).get("causes", [])
                detail = "; ".join(f"{c.get('field')}: {c.get('message')}" for c in causes)
                raise _bad(where, detail or str(error)) from None
            if any(p["metadata"]["name"] == name for p in planned):
                raise _bad(where, f"project {name!r} is seeded twice in organization {organization!r}")
            project, current = prune(entry), existing.get(name)
            seeded.setdefault(key, []).append(name)
            if current is not None and _same(project, current):
                continue  # seeding the same file again (a restart with --seed-data) changes nothing
            planned.append(_seeded(project, current, organization))

    projects_seeded = {name for names in seeded.values() for name in names}
    objects = {
        key: plan_plane_seed(behaviour.project_planes, f"{label}.{key}", project, entries, projects_seeded)
        for key, (project, entries) in planes.items()
    }
    changes: list[Change] = []
    for organization, projects in by_organization.items():
        revision = behaviour.project_store(organization).revision
        for stored in projects:
            revision += 1
            metadata = stored["metadata"]
            metadata["resourceVersion"] = str(revision)
            changes.append(Put(PROJECTS, Record(f"{organization}/{metadata['name']}", organization, stored)))
        if projects:
            changes.append(Put(REVISIONS, Record(organization, "", {"revision": revision})))

    def commit() -> dict[str, list[str]]:
        if changes:
            behaviour.state.apply(behaviour.namespace, changes)
            behaviour.sync()
        for key, store_objects in objects.items():
            seeded[key] = store_objects()
        return seeded

    return commit


def _same(project: dict[str, Any], current: dict[str, Any]) -> bool:
    """Does the seed say what the stored project already says (its user metadata and spec)?"""
    metadata, stored = project["metadata"], current["metadata"]
    labels = {k: v for k, v in (stored.get("labels") or {}).items() if k != ORGANIZATION_LABEL}
    return (
        project["spec"] == current.get("spec")
        and (metadata.get("labels") or {}) == labels
        and (metadata.get("annotations") or {}) == (stored.get("annotations") or {})
    )


def _seeded(project: dict[str, Any], current: dict[str, Any] | None, organization: str) -> dict[str, Any]:
    """The project to store: created and Ready, or the existing one replaced (same uid)."""
    stored = copy.deepcopy(project)
    stored["apiVersion"], stored["kind"] = API_VERSION, "Project"
    metadata = stored["metadata"]
    if current is None:
        metadata.update(uid=str(uuid.uuid4()), creationTimestamp=now_rfc3339(), generation=1)
    else:
        old = current["metadata"]
        generation = old.get("generation", 1) + (project["spec"] != current.get("spec"))
        metadata.update(uid=old["uid"], creationTimestamp=old["creationTimestamp"], generation=generation)
    metadata.setdefault("labels", {})[ORGANIZATION_LABEL] = organization
    stored["status"] = {}
    set_condition(stored, "True", "Ready", "The project's control plane is ready.")
    return stored
