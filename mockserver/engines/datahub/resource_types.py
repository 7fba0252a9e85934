"""The resource types of Data HUB, how they nest, and the scopes each one defines."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GROUP",
    "PROJECT",
    "SENSOR_CREDENTIAL",
    "TENANT",
    "TYPES",
    "ResourceType",
    "child_type",
    "child_types",
    "valid_scopes",
]


@dataclass(frozen=True)
class ResourceType:
    name: str  # "sensor-credential"; the path key is the plural, `{name}s`
    own_scopes: tuple[str, ...]  # unqualified, in the service's order
    parent: str | None  # None: a child of the realm (root)
    actions: frozenset[str] = frozenset()

    @property
    def plural(self) -> str:
        return f"{self.name}s"

    def scope(self, short: str) -> str:
        return f"{self.name}:{short}"

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple(self.scope(short) for short in self.own_scopes)

    @property
    def view(self) -> str:
        return self.scope("view")

    @property
    def admin(self) -> str:
        return self.scope("admin")


TENANT = ResourceType("tenant", ("view", "admin"), None)
# The service defines dashboard-edit; the documentation page also names dashboard-view, which the
# spec documents, so the mock accepts it too.
GROUP = ResourceType("group", ("dashboard-edit", "dashboard-view", "view", "admin"), "tenant")
PROJECT = ResourceType(
    "project",
    ("prometheus-read", "prometheus-write", "bucket-write", "sensor-metadata-write", "view", "admin"),
    "tenant",
)
SENSOR_CREDENTIAL = ResourceType(
    "sensor-credential", ("rotate", "view", "admin"), "project", actions=frozenset({"rotate"})
)

TYPES: dict[str, ResourceType] = {kind.name: kind for kind in (TENANT, GROUP, PROJECT, SENSOR_CREDENTIAL)}


def child_types(parent: ResourceType | None) -> list[ResourceType]:
    """The types that live directly below `parent` (None: the realm), by name."""
    parent_name = parent.name if parent is not None else None
    return sorted((kind for kind in TYPES.values() if kind.parent == parent_name), key=lambda k: k.name)


def child_type(parent: ResourceType | None, plural: str) -> ResourceType | None:
    """The child type of `parent` whose path key is `plural`, if there is one."""
    return next((kind for kind in child_types(parent) if kind.plural == plural), None)


def valid_scopes(kind: ResourceType) -> tuple[str, ...]:
    """Scopes valid in a permission on a `kind` resource: every descendant type's, then its own.

    This yields the service's order: a tenant lists group, sensor-credential and project scopes, then
    its own.
    """
    below = tuple(scope for child in child_types(kind) for scope in valid_scopes(child))
    return below + kind.scopes
