"""What every platform controller of a project control plane does alike: owner references, creating
or updating what it manages, and conditions that keep their transition time while they hold."""

from __future__ import annotations

import copy
import re
from typing import Any

from ..kubernetes.kinds import Kind
from ..kubernetes.world import World, now_rfc3339

__all__ = ["conditions", "ensure", "owned_by", "owner", "set_status", "valid_name", "with_spec"]

# A DNS-1123 subdomain, as the API server requires of an object's name.
_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def owner(kind: Kind, obj: dict[str, Any]) -> dict[str, Any]:
    return {
        "apiVersion": kind.api_version,
        "kind": kind.kind,
        "name": obj["metadata"]["name"],
        "uid": obj["metadata"]["uid"],
        "controller": True,
        "blockOwnerDeletion": True,
    }


def valid_name(name: str) -> bool:
    """Whether the API server would take `name` for an object a controller makes (a DNS-1123
    subdomain of at most 253 characters): a name made of a user's placement and city code may not
    be one, and the controller's create of it fails instead."""
    return len(name) <= 253 and _NAME.match(name) is not None


def with_spec(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The objects that have a `spec`: kinds whose schema leaves it out (WorkloadDeployment, Instance,
    Location, NetworkContext, Subnet) can be written without one, and give a controller nothing to do."""
    return [obj for obj in objects if isinstance(obj.get("spec"), dict)]


def owned_by(obj: dict[str, Any], owner: dict[str, Any]) -> bool:
    return any(
        ref.get("uid") == owner["metadata"]["uid"] for ref in obj["metadata"].get("ownerReferences") or []
    )


def conditions(
    obj: dict[str, Any],
    available: bool,
    reason: str,
    message: str,
    types: tuple[str, ...] = ("Available", "Ready"),
) -> list[dict[str, Any]]:
    """Conditions of `types` (Available and Ready), each keeping its transition time while it holds."""
    old = {c.get("type"): c for c in (obj.get("status") or {}).get("conditions") or [] if isinstance(c, dict)}
    status = "True" if available else "False"
    out = []
    for kind in types:
        previous = old.get(kind) or {}
        since = previous.get("lastTransitionTime") if previous.get("status") == status else None
        out.append(
            {
                "type": kind,
                "status": status,
                "reason": reason,
                "message": message,
                "lastTransitionTime": since or now_rfc3339(),
                "observedGeneration": obj["metadata"].get("generation", 1),
            }
        )
    return out


def ensure(world: World, kind: Kind, wanted: dict[str, Any]) -> dict[str, Any]:
    """Create `wanted`, or update what exists when its spec or status differ (once defaulted, as
    what is stored is)."""
    wanted = world.defaulted(kind, wanted)
    metadata = wanted["metadata"]
    current = world.get(kind, metadata["namespace"], metadata["name"])
    if current is None:
        return world.create(kind, wanted)
    updated = copy.deepcopy(current)
    if wanted.get("spec") != current.get("spec"):
        updated["spec"] = wanted["spec"]
        updated["metadata"]["generation"] = current["metadata"].get("generation", 1) + 1
    if "status" in wanted:
        updated["status"] = wanted["status"]
    return world.update(kind, updated) if updated != current else current


def set_status(world: World, kind: Kind, obj: dict[str, Any], status: dict[str, Any]) -> None:
    if obj.get("status") != status:
        world.update(kind, {**obj, "status": status})
